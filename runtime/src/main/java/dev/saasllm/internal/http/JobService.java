package dev.saasllm.internal.http;

import dev.saasllm.ChatResponse;
import dev.saasllm.Job;
import dev.saasllm.JobCompletion;
import dev.saasllm.internal.wire.Wire;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Streaming;

/**
 * The job API, declared once. Bodies are written and read by {@link Wire#converters()} (Moshi's
 * streaming codecs by hand, no reflective converter); a stream's body is read as it arrives.
 * Each endpoint's name for messages is the constant above it. Every request carries the key as
 * {@code Authorization: Bearer}, set here while the request is built (an interceptor would have to
 * copy every request to add it).
 */
interface JobService {
    String AUTH = "Authorization";

    String CREATE = "POST /api/jobs/create";
    String LLM_CALL = "POST /api/jobs/{job_id}/llm-call";
    String LLM_CALL_STREAM = "POST /api/jobs/{job_id}/llm-call-stream";
    String COMPLETE = "POST /api/jobs/{job_id}/complete";
    String GET_JOB = "GET /api/jobs/{job_id}";
    String CREATE_AND_CALL = "POST /api/jobs/create-and-call";

    @POST("api/jobs/create")
    Call<Wire.CreatedJob> createJob(@Header(AUTH) String authorization, @Body Wire.CreateJob body);

    @POST("api/jobs/{job_id}/llm-call")
    Call<ChatResponse> llmCall(@Header(AUTH) String authorization, @Path("job_id") String jobId, @Body Wire.Call body);

    @Streaming
    @Headers("Accept: text/event-stream")
    @POST("api/jobs/{job_id}/llm-call-stream")
    Call<ResponseBody> llmCallStream(@Header(AUTH) String authorization, @Path("job_id") String jobId, @Body Wire.Call body);

    @POST("api/jobs/{job_id}/complete")
    Call<JobCompletion> complete(@Header(AUTH) String authorization, @Path("job_id") String jobId, @Body Wire.Complete body);

    @GET("api/jobs/{job_id}")
    Call<Job> getJob(@Header(AUTH) String authorization, @Path("job_id") String jobId);

    @POST("api/jobs/create-and-call")
    Call<Wire.OneCall> createAndCall(@Header(AUTH) String authorization, @Body Wire.CreateAndCall body);
}

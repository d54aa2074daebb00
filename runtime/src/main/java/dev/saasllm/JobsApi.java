package dev.saasllm;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The job API's endpoints. Bodies stay raw: {@link WireRequests} and {@link WireResponses} write
 * and read them by hand, so no reflective converter runs per call. The synchronous create,
 * llm-call and complete of every job go straight through OkHttp in {@link SaasLlmClient}:
 * Retrofit's per-call request building cost ~11 KB and ~7 % of the client's CPU per job
 * (benchmarks module, items 1 and 5).
 */
interface JobsApi {
    String CREATE = "POST /api/jobs/create";
    String LLM_CALL = "POST /api/jobs/{job_id}/llm-call";
    String COMPLETE = "POST /api/jobs/{job_id}/complete";
    String GET_JOB = "GET /api/jobs/{job_id}";
    String CREATE_AND_CALL = "POST /api/jobs/create-and-call";

    @POST("api/jobs/create")
    Call<ResponseBody> createJob(@Body RequestBody body);

    @POST("api/jobs/{job_id}/llm-call")
    Call<ResponseBody> llmCall(@Path("job_id") String jobId, @Body RequestBody body);

    @POST("api/jobs/{job_id}/complete")
    Call<ResponseBody> complete(@Path("job_id") String jobId, @Body RequestBody body);

    @POST("api/jobs/create-and-call")
    Call<ResponseBody> createAndCall(@Body RequestBody body);

    @GET("api/jobs/{job_id}")
    Call<ResponseBody> getJob(@Path("job_id") String jobId);
}

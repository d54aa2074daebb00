package dev.saasllm.internal.http;

import dev.saasllm.ChatResponse;
import dev.saasllm.Job;
import dev.saasllm.JobCompletion;
import dev.saasllm.internal.wire.Wire;
import dev.saasllm.team.CreditBalance;
import dev.saasllm.team.CreditCheck;
import dev.saasllm.team.Health;
import dev.saasllm.team.JobCosts;
import dev.saasllm.team.MetadataUpdate;
import dev.saasllm.team.TeamUsage;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
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
    String JOB_COSTS = "GET /api/jobs/{job_id}/costs";
    String UPDATE_METADATA = "PATCH /api/jobs/{job_id}/metadata";
    String TEAM_JOBS = "GET /api/teams/{team_id}/jobs";
    String TEAM_USAGE = "GET /api/teams/{team_id}/usage";
    String CREDIT_BALANCE = "GET /api/credits/teams/{team_id}/balance";
    String CREDIT_TRANSACTIONS = "GET /api/credits/teams/{team_id}/transactions";
    String CREDIT_CHECK = "POST /api/credits/teams/{team_id}/check";
    String HEALTH = "GET /health";

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

    // ---- the rest of the API: a job's costs and metadata, the team's jobs, usage and credits, health

    @GET("api/jobs/{job_id}/costs")
    Call<JobCosts> jobCosts(@Header(AUTH) String authorization, @Path("job_id") String jobId);

    @PATCH("api/jobs/{job_id}/metadata")
    Call<MetadataUpdate> updateMetadata(@Header(AUTH) String authorization, @Path("job_id") String jobId,
                                        @Body Wire.MetadataPatch body);

    /** {@code status} is left out when null. */
    @GET("api/teams/{team_id}/jobs")
    Call<Wire.TeamJobs> teamJobs(@Header(AUTH) String authorization, @Path("team_id") String teamId,
                                 @Query("limit") int limit, @Query("offset") int offset, @Query("status") String status);

    @GET("api/teams/{team_id}/usage")
    Call<TeamUsage> teamUsage(@Header(AUTH) String authorization, @Path("team_id") String teamId,
                              @Query("period") String period);

    @GET("api/credits/teams/{team_id}/balance")
    Call<CreditBalance> creditBalance(@Header(AUTH) String authorization, @Path("team_id") String teamId);

    @GET("api/credits/teams/{team_id}/transactions")
    Call<Wire.Ledger> creditTransactions(@Header(AUTH) String authorization, @Path("team_id") String teamId,
                                         @Query("limit") int limit);

    /** The amount is a query parameter (a scalar FastAPI parameter), not a body; the body is empty. */
    @POST("api/credits/teams/{team_id}/check")
    Call<CreditCheck> checkCredits(@Header(AUTH) String authorization, @Path("team_id") String teamId,
                                   @Query("credits_needed") int creditsNeeded);

    /** No key: the server's health needs none. */
    @GET("health")
    Call<Health> health();
}

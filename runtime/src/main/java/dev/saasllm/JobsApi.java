package dev.saasllm;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * The job API's endpoints: their names for messages, and the GET requests. Bodies stay raw:
 * {@link WireRequests} and {@link WireResponses} write and read them by hand, so no reflective
 * converter runs per call. The POSTs of every job (create, llm-call, complete) go straight through
 * OkHttp in {@link SaasLlmClient}: Retrofit's per-call request building cost ~11 KB and ~7 % of the
 * client's CPU per job (benchmarks module, items 1 and 5).
 */
interface JobsApi {
    String CREATE = "POST /api/jobs/create";
    String LLM_CALL = "POST /api/jobs/{job_id}/llm-call";
    String COMPLETE = "POST /api/jobs/{job_id}/complete";
    String GET_JOB = "GET /api/jobs/{job_id}";

    @GET("api/jobs/{job_id}")
    Call<ResponseBody> getJob(@Path("job_id") String jobId);
}

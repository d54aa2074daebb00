/**
 * The rest of the server's API, typed: the team's jobs, usage and credits ({@link dev.saasllm.team.Team},
 * from {@code SaasLlmClient.team()}), a job's costs and metadata updates
 * ({@code SaasLlmClient.getJobCosts}, {@code updateJobMetadata}) and the server's health
 * ({@code SaasLlmClient.health()}). Every request goes through the client's one pipeline: the same
 * authentication, error mapping and retry policy as the job API. Money is in US dollars as
 * {@code double}, as in {@link dev.saasllm.JobCompletion.Costs}; credits are whole numbers.
 */
package dev.saasllm.team;

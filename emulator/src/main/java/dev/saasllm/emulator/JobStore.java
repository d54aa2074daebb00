package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The jobs of every team and each team's credit account. */
final class JobStore {
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    JobStore(List<TeamSettings> teams) {
        for (TeamSettings team : teams) accounts.put(team.teamId(), new Account(team));
    }

    Job create(String teamId, String userId, String jobType, Map<String, Object> metadata,
            JobStatus status, LocalDateTime now) {
        Job job = new Job(UUID.randomUUID(), teamId, userId, jobType, metadata, status, now);
        jobs.put(job.id, job);
        return job;
    }

    Job get(UUID id) {
        return jobs.get(id);
    }

    Account account(String teamId) {
        Account account = accounts.get(teamId);
        if (account == null) throw new IllegalArgumentException("No team '" + teamId + "' in this emulator");
        return account;
    }

    /** All jobs, newest first (ties broken by id so the order is stable). */
    List<Job> all() {
        List<Job> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparing((Job j) -> j.createdAt).reversed()
                .thenComparing(j -> j.id));
        return list;
    }

    void reset() {
        jobs.clear();
        LocalDateTime now = Times.now();
        for (Account account : accounts.values()) account.reset(now);
    }
}

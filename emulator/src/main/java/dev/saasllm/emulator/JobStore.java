package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The jobs of the emulated team and its credit balance. */
final class JobStore {
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong credits;
    private final long initialCredits;

    JobStore(long credits) {
        this.initialCredits = credits;
        this.credits = new AtomicLong(credits);
    }

    Job create(String teamId, String userId, String jobType, Map<String, Object> metadata,
            LocalDateTime now) {
        Job job = new Job(UUID.randomUUID(), teamId, userId, jobType, metadata, now);
        jobs.put(job.id, job);
        return job;
    }

    Job get(UUID id) {
        return jobs.get(id);
    }

    long credits() {
        return credits.get();
    }

    long charge() {
        return credits.decrementAndGet();
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
        credits.set(initialCredits);
    }
}

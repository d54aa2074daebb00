package dev.saasllm.emulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A team's credit balance and ledger (the server's {@code team_credits} and {@code credit_transactions}). */
final class Account {
    final TeamSettings team;
    private long allocated;
    private long used;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    /** A deduction as the ledger lists it; {@code createdAt} kept for the view. */
    record Transaction(String transactionId, String jobId, long amount, long before, long after,
            String reason, LocalDateTime createdAt) {}

    private final List<Transaction> ledger = new ArrayList<>();

    Account(TeamSettings team) {
        this.team = team;
        reset(Times.now());
    }

    synchronized void reset(LocalDateTime now) {
        allocated = team.credits();
        used = 0;
        createdAt = now;
        updatedAt = now;
        ledger.clear();
    }

    synchronized long remaining() {
        return allocated - used;
    }

    synchronized long allocated() {
        return allocated;
    }

    synchronized long used() {
        return used;
    }

    synchronized LocalDateTime createdAt() {
        return createdAt;
    }

    synchronized LocalDateTime updatedAt() {
        return updatedAt;
    }

    /**
     * The credit manager's {@code deduct_credit}: refuses (false) when fewer credits remain than
     * {@code amount}, else charges them all and writes a ledger line.
     */
    synchronized boolean deduct(long amount, UUID jobId, String reason, LocalDateTime now) {
        long before = allocated - used;
        if (before < amount) return false;
        used += amount;
        updatedAt = now;
        ledger.add(new Transaction(UUID.randomUUID().toString(), jobId.toString(), amount, before,
                before - amount, reason, now));
        return true;
    }

    /** The ledger, newest first. */
    synchronized List<Transaction> ledger() {
        List<Transaction> out = new ArrayList<>(ledger);
        java.util.Collections.reverse(out);
        return out;
    }
}

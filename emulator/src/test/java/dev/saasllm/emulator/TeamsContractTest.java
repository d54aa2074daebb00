package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.saasllm.emulator.RawHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several teams, each with its own key, jobs, credits and status. */
class TeamsContractTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(10)
            .addTeam("globex", "sk-globex", t -> t.credits(3))
            .addTeam("initech", "sk-initech", t -> t.status("suspended")));

    private SaasLlmEmulator emulator;
    private RawHttp acme;
    private RawHttp globex;

    @BeforeEach
    void setUp(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        this.acme = new RawHttp(emulator);
        this.globex = acme.withKey("sk-globex");
    }

    @Test
    void eachKeyIsItsTeamAndAnotherTeamsJobIsA403() {
        Reply created = globex.post("/api/jobs/create", "{\"team_id\":\"globex\",\"job_type\":\"t\"}");
        assertEquals(200, created.status());
        String theirs = created.string("job_id");
        for (Reply reply : new Reply[] {acme.get("/api/jobs/" + theirs), acme.call(theirs, "x"),
                acme.complete(theirs, "completed"), acme.get("/api/jobs/" + theirs + "/costs"),
                acme.patch("/api/jobs/" + theirs + "/metadata", "{\"metadata\":{}}")}) {
            assertEquals(403, reply.status());
            assertEquals("{\"detail\":\"Job does not belong to your team\"}", reply.body());
        }
        assertEquals(JobStatus.PENDING, emulator.job(theirs).orElseThrow().status(), "the 403s changed nothing");
        assertEquals("API key does not belong to team 'globex'",
                acme.post("/api/jobs/create", "{\"team_id\":\"globex\",\"job_type\":\"t\"}").detail());
        assertEquals(0.0, acme.get("/api/teams/acme-corp/jobs").map().get("total"), "a team lists its own jobs only");
        assertEquals(1.0, globex.get("/api/teams/globex/jobs").map().get("total"));
        globex.complete(theirs, "completed");
        assertEquals(2, emulator.creditsRemaining("globex"));
        assertEquals(10, emulator.creditsRemaining());
        assertEquals("sk-globex", emulator.virtualKey("globex"));
    }

    @Test
    void aSuspendedTeamIsRefusedAndAnActiveOneIsNot() {
        RawHttp initech = acme.withKey("sk-initech");
        Reply refused = initech.get("/api/teams/initech/jobs");
        assertEquals(403, refused.status());
        assertEquals("{\"detail\":\"Team access is suspended. Please contact support.\"}", refused.body());
        assertEquals(200, acme.get("/api/teams/acme-corp/jobs").status());
        emulator.settings().team("initech").status("active");
        assertEquals(200, initech.get("/api/teams/initech/jobs").status());
        emulator.reset();
        assertEquals(403, initech.get("/api/teams/initech/jobs").status(), "reset restores the status it was built with");
    }

    @Test
    void teamsNeedTheirOwnIdsAndKeys() {
        assertThrows(IllegalArgumentException.class,
                () -> SaasLlmEmulator.builder().addTeam("acme-corp", "sk-other", t -> {}));
        assertThrows(IllegalArgumentException.class,
                () -> SaasLlmEmulator.builder().addTeam("globex", "sk-emulator-0123456789abcdef", t -> {}));
        assertThrows(IllegalArgumentException.class, () -> emulator.settings().team("nobody"));
        assertFalse(emulator.settings().team("globex").toString().contains("sk-globex"));
    }
}

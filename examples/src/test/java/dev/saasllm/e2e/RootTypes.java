package dev.saasllm.e2e;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Non-record answers, wrapped as {@code {"value": ...}}; no job type, so it is {@code root_types}. */
@LlmJob(model = "e2e-model")
public interface RootTypes {
    @Prompt("Lines in:\n{text}")
    List<Shapes.Line> lines(String text);

    @Prompt("Line array in:\n{text}")
    Shapes.Line[] lineArray(String text);

    @Prompt("Priorities in:\n{text}")
    Set<Shapes.Priority> priorities(String text);

    @Prompt("Numbers in:\n{text}")
    int[] numbers(String text);

    @Prompt("Priority of:\n{text}")
    Shapes.Priority classify(String text);

    @Prompt("Count in:\n{text}")
    int count(String text);

    @Prompt("Is it true?\n{text}")
    boolean check(String text);

    @Prompt("Total in:\n{text}")
    BigDecimal total(String text);

    @Prompt("Date in:\n{text}")
    LocalDate date(String text);

    @Prompt("Id in:\n{text}")
    UUID id(String text);

    @Prompt("Link in:\n{text}")
    URI link(String text);

    @Prompt("Words in:\n{text}")
    List<String> words(String text);

    @Prompt("Big count in:\n{text}")
    Long bigCount(String text);

    @Prompt("Ratio in:\n{text}")
    double ratio(String text);

    @Prompt("Initial in:\n{text}")
    char initial(String text);
}

package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@LlmJob
public interface BadSections {
    record Product(String name, double price) {}

    record Line(Product product, int quantity) {}

    @Prompt("{#for line in lines}{line.product.nmae}{/for}")
    String unknownPathInLoop(List<Line> lines);

    @Prompt("{#for line in lines}{lien.quantity}{/for}")
    String unknownNameInLoop(List<Line> lines);

    @Prompt("{#for c in count}{c}{/for}")
    String loopOverInt(int count);

    @Prompt("{#if count}some{/if}")
    String conditionOnInt(int count);

    @Prompt("{#for lines in lines}{lines.quantity}{/for}")
    String loopVariableShadowsParameter(List<Line> lines);

    @Prompt("{#for line in lines}{#for line in lines}{line.quantity}{/for}{/for}")
    String loopVariableShadowsLoop(List<Line> lines);

    @Prompt("{#for line in lines}{line.quantity}")
    String unclosedLoop(List<Line> lines);

    @Prompt("{#for line in lines}{#if line.quantity}x{/for}{/if}")
    String misnested(List<Line> lines);

    @Prompt("{lines}{/if}")
    String closesNothing(List<Line> lines);

    @Prompt("{lines}{#sep}")
    String separatorOutsideLoop(List<Line> lines);

    @Prompt("{#for line in lines}{line_index|nubmer:0}{/for}")
    String unknownFormat(List<Line> lines);

    @Prompt("{day|number:0.00}")
    String numberOfDate(LocalDate day);

    @Prompt("{price|number}")
    String numberWithoutPattern(double price);

    @Prompt("{price|number:0.0.0}")
    String badNumberPattern(double price);

    @Prompt("{day|date:yyyy-MM-dd HH:mm}")
    String timeFieldsOnADate(LocalDate day);

    @Prompt("{at|date:yyyy-MM-dd}")
    String patternOnAnInstant(Instant at);

    @Prompt("{day|money}")
    String formatterOfWrongType(LocalDate day);

    @Prompt("{price|money:EUR}")
    String formatterWithArgument(double price);

    @Prompt("{task|json}")
    String jsonOfAnInterface(Runnable task);

    @Prompt("{#for line in lines}{line.quantity}{/for} {#if lines}some{/if}{#if !lines}none{/if}")
    String fine(List<Line> lines);

    static String money(double amount) {
        return amount + " EUR";
    }

    static String money(String amount) {
        return amount;
    }
}

package dev.saasllm.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSyntaxTest {
    @Test
    void escapedBracesAroundASectionAreText() {
        TemplateSyntax.Result result = TemplateSyntax.parse("{{#for x in y}} {{/for}}");
        assertNull(result.error());
        assertEquals(List.of(new TemplateSyntax.Text("{#for x in y} {/for}")), result.nodes());
    }

    @Test
    void sectionsNestWithTheirBranches() {
        TemplateSyntax.Result result = TemplateSyntax.parse("A{#for d in docs}{#if !d.draft}{d.title|shout}{#else}-{/if}{#sep}, {#else}none{/for}");
        assertNull(result.error());
        TemplateSyntax.If condition = new TemplateSyntax.If("{#if !d.draft}", true, TemplateSyntax.Path.of("d.draft"),
                List.of(new TemplateSyntax.Value("{d.title|shout}", TemplateSyntax.Path.of("d.title"), "shout", null)),
                List.of(new TemplateSyntax.Text("-")));
        assertEquals(List.of(new TemplateSyntax.Text("A"), new TemplateSyntax.For("{#for d in docs}", "d", TemplateSyntax.Path.of("docs"),
                List.of(condition), List.of(new TemplateSyntax.Text(", ")), List.of(new TemplateSyntax.Text("none")))), result.nodes());
    }

    @Test
    void aFormatArgumentRunsToTheClosingBrace() {
        TemplateSyntax.Value value = (TemplateSyntax.Value) TemplateSyntax.parse("{total|number:#,##0.00 'EUR'}").nodes().get(0);
        assertEquals("number", value.format());
        assertEquals("#,##0.00 'EUR'", value.argument());
    }

    @Test
    void errorsNameTheTagAndItsIndex() {
        assertEquals("{#else} at index 0 is outside any {#if} or {#for}", TemplateSyntax.parse("{#else}").error());
        assertEquals("{#else} at index 15 is the second {#else} of {#if a}", TemplateSyntax.parse("{#if a}x{#else}{#else}{/if}").error());
        assertEquals("{#for x of xs} at index 0 is not a loop; write {#for item in items}", TemplateSyntax.parse("{#for x of xs}{/for}").error());
        assertEquals("{#if a b} at index 0 is not a condition; write {#if name} or {#if !name}", TemplateSyntax.parse("{#if a b}{/if}").error());
        assertEquals("{#each x} at index 0 is not a parameter name or a dotted path (sections are {#for}, {#if}, {#sep}, {#else}, {/for} and {/if})",
                TemplateSyntax.parse("{#each x}").error());
    }
}

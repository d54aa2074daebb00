package dev.saasllm.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void defaultJobTypeIsSnakeCase() {
        assertEquals("resume_parser", Names.snakeCase("ResumeParser"));
        assertEquals("http_client", Names.snakeCase("HTTPClient"));
        assertEquals("v2_api", Names.snakeCase("V2Api"));
        assertEquals("spam_filter", Names.snakeCase("SpamFilter"));
        assertEquals("x", Names.snakeCase("X"));
    }

    @Test
    void suggestionsForTyposAndAbbreviations() {
        assertEquals(" Did you mean {text}?", Names.didYouMean("txt", List.of("text", "other"), "", ""));
        assertEquals(" Did you mean {language}?", Names.didYouMean("lang", List.of("text", "language"), "", ""));
        assertEquals(" Did you mean {order.customer.name}?",
                Names.didYouMean("nam", List.of("name", "email"), "order.customer.", ""));
        assertEquals(" Did you mean {order.customer}?", Names.didYouMean("ordr", List.of("order"), "", ".customer"));
        assertEquals("", Names.didYouMean("zzzzzzzz", List.of("text"), "", ""));
        assertEquals("", Names.didYouMean("a", List.of(), "", ""));
    }
}

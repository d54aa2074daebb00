package dev.saasllm.spring.example;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

// tag::controller[]
/** {@code POST /resumes} with the resume as plain text answers the parsed {@link Resume} as JSON. */
@RestController
class ResumeController {
    private final ResumeParser parser;

    ResumeController(ResumeParser parser) {
        this.parser = parser;
    }

    @PostMapping(path = "/resumes", consumes = "text/plain", produces = "application/json")
    Resume parse(@RequestBody String resumeText) {
        return parser.parse(resumeText);
    }
}
// end::controller[]

package dev.saasllm.examples;

import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.MaxTokens;
import dev.saasllm.annotations.Metadata;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Purpose;
import dev.saasllm.annotations.Temperature;
import java.util.List;

/**
 * The seed's "Document Analysis" as a service: key points and a summary. {@link #analyze} is a
 * flow, so both calls share one job (one credit); called alone, each method is a job of its own.
 */
// tag::service[]
@LlmJob(type = "document_analysis")
@Metadata(key = "example", value = "document_analysis")
public interface DocumentAnalysisService {
    @Prompt(system = "Extract key points as bullet points", value = "Extract key points from:\n\n{document}")
    @Temperature(0.3)
    @MaxTokens(500)
    @Purpose("key_points")
    String keyPoints(String document);

    @Prompt(system = "Create concise summaries", value = "Summarize in 2-3 sentences:\n\n{document}")
    @Temperature(0.5)
    @MaxTokens(200)
    @Purpose("summary")
    String summary(String document);

    /** Several documents in one prompt: a loop writes each with its number, and says so when there are none. */
    // tag::themes[]
    @Prompt(system = "Name the themes the documents share, one per line", value = """
            Find the common themes of these documents:
            {#for doc in documents}
            ## {doc_number}. {doc.title}
            {doc.text}
            {#else}
            (no documents)
            {/for}""")
    @Purpose("themes")
    String themes(List<Document> documents);
    // end::themes[]

    record Document(String title, String text) {}

    /** Both calls in one job: completed when this returns, failed if it throws. */
    @JobFlow
    default Analysis analyze(String document) {
        return new Analysis(keyPoints(document), summary(document));
    }

    record Analysis(String keyPoints, String summary) {}
}
// end::service[]

package bad;

import dev.saasllm.annotations.LlmJob;

public class NotInterfaces {
    @LlmJob(type = "a_class") static class AClass {}

    @LlmJob(type = "an_enum") enum AnEnum { X }

    @LlmJob(type = "an_annotation") @interface AnAnnotation {}

    @LlmJob(type = "a_record") record ARecord(String x) {}
}

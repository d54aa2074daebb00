package dev.saasllm.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.saasllm.processor.model.FlowModel;
import dev.saasllm.processor.model.ParameterModel;
import dev.saasllm.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@code @JobFlow} method: the override opens the job through the runner and runs the
 * interface's default body on an instance bound to that job, so every call in it (and every flow
 * it calls) is made in that job. No thread-local: the binding travels with the instance.
 */
final class FlowWriter {
    private final ClassName self;
    private final ClassName interfaceName;

    FlowWriter(ClassName self, ClassName interfaceName) {
        this.self = self;
        this.interfaceName = interfaceName;
    }

    FieldSpec constant(ServiceModel service, FlowModel flow, String constant) {
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("$S, $S, $S, $S", service.qualifiedName(), flow.name(), flow.jobType(), service.fingerprint()));
        flow.metadata().forEach((k, v) -> args.add(CodeBlock.of("$S, $S", k, v)));
        return FieldSpec.builder(RuntimeTypes.FLOW_METHOD, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", RuntimeTypes.FLOW_METHOD, CodeBlock.join(args, ", ")).build();
    }

    /** The override, and the private method that runs the interface's default body. */
    List<MethodSpec> methods(FlowModel flow, String constant) {
        String body = "inJob$" + flow.name();
        NameAllocator names = new NameAllocator();
        List<String> arguments = new ArrayList<>();
        for (ParameterModel parameter : flow.parameters()) {
            arguments.add(names.newName(parameter.name(), parameter));
        }
        String bound = names.newName("bound", "bound");
        String args = String.join(", ", arguments);
        // A flow sends no messages of its own: its @Prompt methods do, in its job.
        CodeBlock invocation = InvocationWriter.invocation(CodeBlock.of("$T.of()", RuntimeTypes.LIST), flow.parameters());
        boolean isVoid = flow.returnType().equals(TypeName.VOID);
        MethodSpec.Builder override = signature(MethodSpec.methodBuilder(flow.name()).addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC), flow);
        if (isVoid) {
            override.addStatement("this.runner.flow($L, $L, $L -> {\n$>new $T($L).$L($L);\nreturn null;\n$<})",
                    constant, invocation, bound, self, bound, body, args);
        } else {
            override.addStatement("return this.runner.flow($L, $L, $L -> new $T($L).$L($L))",
                    constant, invocation, bound, self, bound, body, args);
        }
        MethodSpec.Builder inJob = signature(MethodSpec.methodBuilder(body).addModifiers(Modifier.PRIVATE), flow);
        if (isVoid) {
            inJob.addStatement("$T.super.$L($L)", interfaceName, flow.name(), args);
        } else {
            inJob.addStatement("return $T.super.$L($L)", interfaceName, flow.name(), args);
        }
        return List.of(override.build(), inJob.build());
    }

    private static MethodSpec.Builder signature(MethodSpec.Builder spec, FlowModel flow) {
        spec.returns(flow.returnType()).varargs(flow.varargs());
        for (ParameterModel parameter : flow.parameters()) {
            spec.addParameter(ParameterSpec.builder(parameter.type(), parameter.name()).build());
        }
        return spec;
    }
}

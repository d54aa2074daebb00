package dev.saasllm.processor.model;

import com.palantir.javapoet.TypeName;

/** A method parameter: its source name and type. */
public record ParameterModel(String name, TypeName type) {}

/**
 * Spring Boot auto-configuration of saasllm-java: {@link dev.saasllm.spring.SaasLlmProperties} and
 * {@link dev.saasllm.spring.SaasLlmClientCustomizer} are the public API; the auto-configuration
 * classes are public only because Spring Boot loads them by name.
 */
package dev.saasllm.spring;

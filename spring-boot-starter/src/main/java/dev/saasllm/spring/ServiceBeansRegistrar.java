package dev.saasllm.spring;

import dev.saasllm.SaasLlmClient;
import dev.saasllm.model.GeneratedNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a bean for every interface of every {@link GeneratedNames#SERVICE_INDEX} on the class
 * path, which saasllm-processor wrote at compile time: no class-path scanning, and no reflection
 * but loading the interface and {@link SaasLlmClient#create} instantiating its generated class.
 * Each bean is named by the interface's binary name and made from the application's client.
 */
final class ServiceBeansRegistrar implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware, BeanFactoryAware {
    private ClassLoader classLoader;
    private BeanFactory beanFactory;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        for (String name : indexedServices(classLoader)) {
            if (!registry.containsBeanDefinition(name)) registry.registerBeanDefinition(name, definition(load(name)));
        }
    }

    private <T> RootBeanDefinition definition(Class<T> service) {
        RootBeanDefinition definition = new RootBeanDefinition(service);
        definition.setInstanceSupplier(() -> beanFactory.getBean(SaasLlmClient.class).create(service));
        return definition;
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(GeneratedNames.SERVICE_INDEX + " names " + name + ", which is not on the "
                    + "class path. Rebuild the module that declares it so that saasllm-processor rewrites its index.", e);
        }
    }

    /** The binary names in every copy of the index, sorted and without duplicates. */
    static Set<String> indexedServices(ClassLoader classLoader) {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> indexes = classLoader.getResources(GeneratedNames.SERVICE_INDEX);
            while (indexes.hasMoreElements()) {
                try (InputStream in = indexes.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank()) names.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + GeneratedNames.SERVICE_INDEX, e);
        }
        return names;
    }
}

package com.acme.kitchen;

import com.acme.kitchen.Catalog.Containers;
import com.acme.kitchen.Catalog.Order;
import com.acme.kitchen.Catalog.Priority;
import com.acme.kitchen.Catalog.Scalars;
import com.acme.kitchen.Catalog.Times;
import dev.saasllm.annotations.Description;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.NotInTemplate;
import dev.saasllm.annotations.Prompt;
import java.util.List;
import java.util.Set;

/** No type or model: the job type defaults to kitchen_sink, the model to the client's. */
@LlmJob(system = "You work for {{ACME}}.")
public interface KitchenSink {
    @Description("The order found in the text")
    @Prompt(value = """
            Read the order in this email.
            Customer so far: {order.customer.name} <{order.customer.email}>
            Email: {email}""", model = "OrderAgent", jobType = "order_reading")
    Order readOrder(String email, Order order);

    @Prompt(system = "Sort tickets for {team}.", value = "Priority of: {ticket}")
    Priority classify(String ticket, String team, @NotInTemplate int attempt);

    @Prompt("Tags of {text}")
    List<String> tags(String text);

    @Prompt("Priorities in {text}")
    Set<Priority> priorities(String text);

    @Prompt("Count words in {text}")
    int count(String text);

    @Prompt("Every scalar for {seed}")
    Scalars scalars(long seed);

    @Prompt("Times for {seed}")
    Times times(int seed);

    @Prompt("Containers for {seed}")
    Containers containers(int seed);

    @Prompt("Orders in {texts}")
    List<Order> orders(String... texts);

    @Prompt("Contact in {text}")
    Contact contact(String text);

    default String greet(String name) {
        return "hi " + name;
    }
}

package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob
public interface BadPaths {
    record Customer(String name, String email) {}

    record Order(Customer customer, int total) {}

    @Prompt("Customer: {order.customer.nam}")
    String unknownComponent(Order order);

    @Prompt("Length: {text.length}")
    String intoString(String text);

    @Prompt("Total: {order.total.value}")
    String intoPrimitive(Order order);

    @Prompt("Fine: {order.customer.email} {order.total}")
    String fine(Order order);
}

package dev.saasllm.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How generated code renders template values as text, loops over them and tests them. Every result
 * is inserted into the prompt as plain text and never read as template.
 */
public final class Templates {
    /** Patterns are compile-time constants, so these caches stay as small as the templates. */
    private static final Map<String, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();
    private static final DecimalFormatSymbols ROOT_SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Templates() {}

    /**
     * A string as is; {@code null} as nothing.
     *
     * @param value the argument, or null
     * @return the text
     */
    public static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * The default rendering: {@code null} and an empty {@code Optional} as nothing, a present one as
     * its value; {@code double} and {@code float} in plain notation to their type's precision
     * (15 and 6 significant digits: {@code 0.1 + 0.2} is {@code 0.3}, {@code 1e10} is
     * {@code 10000000000}); a collection, an array or an {@code Iterable} as its items separated by
     * {@code ", "}; a map as {@code key: value} pairs separated by {@code ", "} (a container inside one
     * keeps its brackets or braces); a
     * {@code java.util.Date} or {@code Calendar} as an ISO-8601 instant; anything else (java.time
     * values, which print ISO-8601, records, enums, numbers) by {@link String#valueOf}.
     *
     * @param value the argument, or null
     * @return the text
     */
    public static String text(Object value) {
        if (value instanceof String string) return string;
        if (value == null) return "";
        if (value instanceof Double d) return decimal(d, 15);
        if (value instanceof Float f) return decimal(f, 6);
        if (value instanceof Optional<?> optional) return optional.map(Templates::text).orElse("");
        if (value instanceof Iterable<?> items) return join(items.iterator());
        if (value instanceof Map<?, ?> map) return map(map);
        if (value instanceof Date date) return date.toInstant().toString();
        if (value instanceof Calendar calendar) return calendar.toInstant().toString();
        if (value.getClass().isArray()) return join(arrayIterator(value));
        return String.valueOf(value);
    }

    /**
     * {@code value} by a {@link DecimalFormat} pattern with root-locale symbols, rounding half up
     * (0.25 with {@code 0.0} is 0.3, as people round); {@code null} as nothing.
     *
     * @param value the number, or null
     * @param pattern the {@code number:} pattern
     * @return the formatted number
     */
    public static String number(Number value, String pattern) {
        if (value == null) return "";
        DecimalFormat format = new DecimalFormat(pattern, ROOT_SYMBOLS); // not thread-safe: one per call
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * {@code value} by a {@link DateTimeFormatter} pattern in the root locale; {@code null} as nothing.
     *
     * @param value the date or time, or null
     * @param pattern the {@code date:} pattern
     * @return the formatted value
     */
    public static String date(TemporalAccessor value, String pattern) {
        if (value == null) return "";
        return DATE_FORMATS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, Locale.ROOT)).format(value);
    }

    /**
     * {@code {value|formatter}}: nothing for {@code null}, else the formatter's text (nothing if it returns null).
     *
     * @param <T> the argument's type
     * @param value the argument, or null
     * @param formatter the interface's static formatter
     * @return the text
     */
    public static <T> String format(T value, java.util.function.Function<? super T, String> formatter) {
        return value == null ? "" : text(formatter.apply(value));
    }

    /**
     * The items of a loop; none for {@code null}.
     *
     * @param <T> the item type
     * @param items the loop's items, or null
     * @return an iterator over them
     */
    public static <T> Iterator<T> iterator(Iterable<T> items) {
        return items == null ? Collections.emptyIterator() : items.iterator();
    }

    /**
     * The entries of a loop over a map; none for {@code null}.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param map the loop's map, or null
     * @return an iterator over its entries
     */
    public static <K, V> Iterator<Map.Entry<K, V>> iterator(Map<K, V> map) {
        return map == null ? Collections.emptyIterator() : map.entrySet().iterator();
    }

    /**
     * The items of a loop over an array; none for {@code null}.
     *
     * @param <T> the item type
     * @param items the loop's array, or null
     * @return an iterator over it
     */
    public static <T> Iterator<T> iterator(T[] items) {
        return items == null ? Collections.emptyIterator() : Arrays.asList(items).iterator();
    }

    /**
     * The items of a loop over an {@code int} array; none for {@code null}.
     *
     * @param items the loop's array, or null
     * @return an iterator over its boxed items
     */
    public static Iterator<Integer> iterator(int[] items) {
        return items == null ? Collections.emptyIterator() : Arrays.stream(items).iterator();
    }

    /**
     * The items of a loop over a {@code long} array; none for {@code null}.
     *
     * @param items the loop's array, or null
     * @return an iterator over its boxed items
     */
    public static Iterator<Long> iterator(long[] items) {
        return items == null ? Collections.emptyIterator() : Arrays.stream(items).iterator();
    }

    /**
     * The items of a loop over a {@code double} array; none for {@code null}.
     *
     * @param items the loop's array, or null
     * @return an iterator over its boxed items
     */
    public static Iterator<Double> iterator(double[] items) {
        return items == null ? Collections.emptyIterator() : Arrays.stream(items).iterator();
    }

    /**
     * Other primitive arrays: boolean, byte, char, short, float.
     *
     * @param primitiveArray the loop's array, or null
     * @return an iterator over its boxed items
     */
    public static Iterator<Object> iterator(Object primitiveArray) {
        return arrayIterator(primitiveArray);
    }

    /**
     * {@code {#if optional}}: present (and not null).
     *
     * @param value the optional, or null
     * @return true when a value is present
     */
    public static boolean present(Optional<?> value) {
        return value != null && value.isPresent();
    }

    /**
     * {@code {#if collection}}: not null and has an item.
     *
     * @param items the collection, or null
     * @return true when it has an item
     */
    public static boolean nonEmpty(Iterable<?> items) {
        if (items instanceof Collection<?> collection) return !collection.isEmpty();
        return items != null && items.iterator().hasNext();
    }

    /**
     * {@code {#if map}}: not null and has an entry.
     *
     * @param map the map, or null
     * @return true when it has an entry
     */
    public static boolean nonEmpty(Map<?, ?> map) {
        return map != null && !map.isEmpty();
    }

    /**
     * {@code {#if text}}: not null and not empty.
     *
     * @param text the text, or null
     * @return true when it has a character
     */
    public static boolean nonEmpty(CharSequence text) {
        return text != null && text.length() > 0;
    }

    /**
     * {@code {#if array}}: not null and has an item.
     *
     * @param items the array, or null
     * @return true when it has an item
     */
    public static boolean nonEmpty(Object[] items) {
        return items != null && items.length > 0;
    }

    /**
     * Primitive arrays.
     *
     * @param primitiveArray the array, or null
     * @return true when it has an item
     */
    public static boolean nonEmpty(Object primitiveArray) {
        return primitiveArray != null && arrayIterator(primitiveArray).hasNext();
    }

    private static String decimal(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        if (value == 0) return "0";
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    private static String decimal(float value, int digits) {
        if (Float.isNaN(value) || Float.isInfinite(value)) return Float.toString(value);
        if (value == 0) return "0";
        return new BigDecimal(Float.toString(value)).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    private static String join(Iterator<?> items) {
        StringBuilder out = new StringBuilder();
        while (items.hasNext()) {
            out.append(nested(items.next()));
            if (items.hasNext()) out.append(", ");
        }
        return out.toString();
    }

    private static String map(Map<?, ?> map) {
        StringBuilder out = new StringBuilder();
        for (Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator(); entries.hasNext(); ) {
            Map.Entry<?, ?> entry = entries.next();
            out.append(nested(entry.getKey())).append(": ").append(nested(entry.getValue()));
            if (entries.hasNext()) out.append(", ");
        }
        return out.toString();
    }

    // A container inside a container keeps its bounds: [[a], [b, c]] is "[a], [b, c]".
    private static String nested(Object value) {
        if (value instanceof Iterable<?> || (value != null && value.getClass().isArray())) return "[" + text(value) + "]";
        if (value instanceof Map<?, ?>) return "{" + text(value) + "}";
        return text(value);
    }

    // Every array kind without reflection: a cast per primitive type.
    private static Iterator<Object> arrayIterator(Object array) {
        List<Object> items;
        if (array instanceof Object[] objects) items = Arrays.asList(objects);
        else if (array instanceof int[] a) items = Arrays.stream(a).boxed().map(Object.class::cast).toList();
        else if (array instanceof long[] a) items = Arrays.stream(a).boxed().map(Object.class::cast).toList();
        else if (array instanceof double[] a) items = Arrays.stream(a).boxed().map(Object.class::cast).toList();
        else if (array instanceof float[] a) items = boxed(a.length, i -> a[i]);
        else if (array instanceof boolean[] a) items = boxed(a.length, i -> a[i]);
        else if (array instanceof char[] a) items = boxed(a.length, i -> a[i]);
        else if (array instanceof byte[] a) items = boxed(a.length, i -> a[i]);
        else if (array instanceof short[] a) items = boxed(a.length, i -> a[i]);
        else if (array == null) items = List.of();
        else throw new IllegalArgumentException("not an array: " + array.getClass().getName());
        return items.iterator();
    }

    private static List<Object> boxed(int length, java.util.function.IntFunction<Object> item) {
        Object[] out = new Object[length];
        for (int i = 0; i < length; i++) out[i] = item.apply(i);
        return Arrays.asList(out);
    }
}

package dev.saasllm.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy iterators and streams over a source read by pulling: {@code next} answers null at its end. */
public final class Pull {
    private Pull() {}

    /**
     * An iterator that asks {@code next} for one element at a time, and never again once it answered null.
     *
     * @param <T> the element type
     * @param next gives the next element, or null at the end
     * @return the iterator
     */
    public static <T> Iterator<T> iterator(Supplier<T> next) {
        return new Iterator<>() {
            private T pending;
            private boolean end;

            @Override
            public boolean hasNext() {
                if (pending == null && !end) {
                    pending = next.get();
                    end = pending == null;
                }
                return pending != null;
            }

            @Override
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                T element = pending;
                pending = null;
                return element;
            }
        };
    }

    /**
     * The elements of {@code iterator} as an ordered sequential stream; closing it runs {@code onClose}.
     *
     * @param <T> the element type
     * @param iterator the elements
     * @param onClose run when the stream is closed
     * @return the stream
     */
    public static <T> Stream<T> stream(Iterator<T> iterator, Runnable onClose) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(onClose);
    }
}

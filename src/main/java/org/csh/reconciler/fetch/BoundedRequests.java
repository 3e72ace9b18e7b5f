package org.csh.reconciler.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Sends at most {@code limit} requests to one API at once, and hands results back in the order they were asked
 * for, so that what a run reads never depends on which answer came first.
 *
 * <p>One pool serves one fetch; close it when the fetch ends. A failure is rethrown as it was thrown, the first
 * in input order, so that error messages stay the same as with one request at a time.
 */
public final class BoundedRequests implements AutoCloseable {

    private final ExecutorService pool;
    private final int limit;

    public BoundedRequests(String api, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException(api + " concurrency must be at least 1, was " + limit);
        }
        this.limit = limit;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, api + "-request-" + count.incrementAndGet());
            thread.setDaemon(true); // a stuck request must never keep the JVM from exiting
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(limit, threads);
    }

    /** How many requests may be in flight at once. */
    public int limit() {
        return limit;
    }

    /** {@code work} applied to every input, up to {@link #limit()} at once; results in input order. */
    public <T, R> List<R> map(List<T> inputs, Function<T, R> work) {
        if (inputs.size() <= 1 || limit == 1) {
            List<R> results = new ArrayList<>(inputs.size());
            inputs.forEach(input -> results.add(work.apply(input)));
            return results;
        }
        List<Future<R>> futures = new ArrayList<>(inputs.size());
        inputs.forEach(input -> futures.add(pool.submit(() -> work.apply(input))));
        List<R> results = new ArrayList<>(inputs.size());
        try {
            for (Future<R> future : futures) {
                results.add(await(future));
            }
        } finally {
            futures.forEach(future -> future.cancel(true));
        }
        return results;
    }

    /**
     * {@code work} applied to every input, up to {@link #limit()} at once, each result handed to {@code then} in
     * input order as soon as it and all before it are in. At most {@code 2 × limit} results wait to be handed on, so
     * that reading many large answers never holds them all at once (unlike {@link #map}).
     */
    public <T, R> void forEachInOrder(List<T> inputs, Function<T, R> work, java.util.function.BiConsumer<T, R> then) {
        if (inputs.size() <= 1 || limit == 1) {
            inputs.forEach(input -> then.accept(input, work.apply(input)));
            return;
        }
        int window = 2 * limit;
        java.util.ArrayDeque<Future<R>> ahead = new java.util.ArrayDeque<>();
        int next = 0;
        try {
            for (int handed = 0; handed < inputs.size(); handed++) {
                while (next < inputs.size() && ahead.size() < window) {
                    T input = inputs.get(next++);
                    ahead.add(pool.submit(() -> work.apply(input)));
                }
                then.accept(inputs.get(handed), await(ahead.poll()));
            }
        } finally {
            ahead.forEach(future -> future.cancel(true));
        }
    }

    /**
     * Starts {@code work} beside the caller, e.g. a paged read that cannot itself be split. With a limit of one
     * it runs here and now, so that never more than one request is in flight.
     */
    public <R> Future<R> start(java.util.concurrent.Callable<R> work) {
        if (limit == 1) {
            java.util.concurrent.FutureTask<R> task = new java.util.concurrent.FutureTask<>(work);
            task.run();
            return task;
        }
        return pool.submit(work);
    }

    /** The result of work begun with {@link #start}, with its failure rethrown as thrown. */
    public static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a request", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

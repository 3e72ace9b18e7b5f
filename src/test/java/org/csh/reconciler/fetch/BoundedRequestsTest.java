package org.csh.reconciler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BoundedRequestsTest {

    @Test
    void resultsComeInInputOrderWhateverAnswersFirst() {
        List<Integer> inputs = IntStream.range(0, 12).boxed().toList();
        try (BoundedRequests requests = new BoundedRequests("test", 4)) {
            // later inputs answer sooner
            List<Integer> results = requests.map(inputs, n -> {
                pause(2L * (12 - n));
                return n * 10;
            });

            assertThat(results).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110);
        }
    }

    @Test
    void neverMoreThanTheLimitInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (BoundedRequests requests = new BoundedRequests("test", 3)) {
            requests.map(IntStream.range(0, 20).boxed().toList(), n -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                pause(5);
                inFlight.decrementAndGet();
                return n;
            });
        }

        assertThat(most.get()).isBetween(2, 3);
    }

    @Test
    void theFirstFailureInInputOrderIsRethrownAsThrown() {
        try (BoundedRequests requests = new BoundedRequests("test", 4)) {
            assertThatThrownBy(() -> requests.map(List.of(1, 2, 3), n -> {
                pause(4L * (3 - n));
                if (n > 1) {
                    throw new IllegalStateException("failed " + n);
                }
                return n;
            })).isInstanceOf(IllegalStateException.class).hasMessage("failed 2");
        }
    }

    @Test
    void resultsAreHandedOnInInputOrderWithFewWaiting() {
        // given the first input answers last: the others must wait for it, but never more than 2 × limit of them
        List<Integer> inputs = IntStream.range(0, 30).boxed().toList();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<Integer> handed = new java.util.ArrayList<>();
        try (BoundedRequests requests = new BoundedRequests("test", 3)) {
            // when
            requests.forEachInOrder(inputs, n -> {
                started.incrementAndGet();
                pause(n == 0 ? 40 : 1);
                return n * 10;
            }, (input, result) -> {
                mostAhead.accumulateAndGet(started.get() - handed.size(), Math::max);
                handed.add(result);
            });
        }

        // then
        assertThat(handed).isEqualTo(inputs.stream().map(n -> n * 10).toList());
        assertThat(mostAhead.get()).isLessThanOrEqualTo(6);
    }

    @Test
    void handingOnStopsAtTheFirstFailureInInputOrder() {
        List<Integer> handed = new java.util.ArrayList<>();
        try (BoundedRequests requests = new BoundedRequests("test", 4)) {
            assertThatThrownBy(() -> requests.forEachInOrder(List.of(1, 2, 3), n -> {
                if (n > 1) {
                    throw new IllegalStateException("failed " + n);
                }
                return n;
            }, (input, result) -> handed.add(result))).hasMessage("failed 2");
        }

        assertThat(handed).containsExactly(1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package de.wesermarsch.wegweiser.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** Searches run off the event loop on a bounded set of threads, and too many waiting at once are refused. */
class SearchWorkersTest {

	@Test
	void aSearchRunsOnASearchThreadNotTheCallersAndTooManyWaitingAreRefusedWith503() throws InterruptedException {
		SearchWorkers workers = new SearchWorkers();
		try {
			assertThat(workers.run(() -> Thread.currentThread().getName()).block(Duration.ofSeconds(5))).startsWith("search-");
			CountDownLatch release = new CountDownLatch(1);
			int cores = Runtime.getRuntime().availableProcessors();
			// more than the threads and the queue hold, by a margin: which thread takes which task first is the
			// executor's affair, that the surplus is refused is the behaviour
			int asked = cores + SearchWorkers.QUEUE + 8;
			AtomicInteger refused = new AtomicInteger();
			CountDownLatch settled = new CountDownLatch(asked);
			for (int i = 0; i < asked; i++) {
				workers.run(() -> {
					release.await();
					return 1;
				}).subscribe(one -> settled.countDown(), e -> {
					if (e instanceof ResponseStatusException r && r.getStatusCode().value() == 503) {
						refused.incrementAndGet();
					}
					settled.countDown();
				});
			}
			assertThat(refused.get()).as("refused while all threads and the queue are taken").isBetween(1, 8);
			release.countDown();
			// what was queued is answered, none of it lost
			assertThat(settled.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			assertThat(workers.run(() -> 3).block(Duration.ofSeconds(5))).isEqualTo(3);
		}
		finally {
			workers.destroy();
		}
	}

}

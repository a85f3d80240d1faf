package de.wesermarsch.wegweiser.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

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
			CountDownLatch done = new CountDownLatch(cores + SearchWorkers.QUEUE);
			for (int i = 0; i < cores + SearchWorkers.QUEUE; i++) {
				workers.run(() -> {
					release.await();
					return 1;
				}).subscribe(one -> done.countDown());
			}
			assertThatThrownBy(() -> workers.run(() -> 2).block(Duration.ofSeconds(5)))
				.isInstanceOf(ResponseStatusException.class).hasMessageContaining("503");
			release.countDown();
			// what was queued is answered, none of it lost
			assertThat(done.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			assertThat(workers.run(() -> 3).block(Duration.ofSeconds(5))).isEqualTo(3);
		}
		finally {
			workers.destroy();
		}
	}

}

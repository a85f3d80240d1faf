package de.wesermarsch.wegweiser.ask;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads an uncached search runs on: one a core, fed from one queue in arrival order. A search is CPU work of
 * a millisecond or more on a large guide; on the event loops, every search a loop computes holds up every other
 * connection of that loop (a static answer waited behind it), and the searches queued on one loop wait while the
 * other loop is idle. Here the loops only read and write, and the searches of all connections share the cores
 * first come, first served. A queue longer than {@link #QUEUE} is refused as 503, not kept waiting without end.
 */
@Component
public final class SearchWorkers implements DisposableBean {

	/** Searches waiting at most: at a millisecond each on two cores, two seconds of work. */
	static final int QUEUE = 4096;

	private final ThreadPoolExecutor executor;

	private final Scheduler scheduler;

	public SearchWorkers() {
		int cores = Runtime.getRuntime().availableProcessors();
		this.executor = new ThreadPoolExecutor(cores, cores, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
				Thread.ofPlatform().name("search-", 0).daemon().factory(), new ThreadPoolExecutor.AbortPolicy());
		this.scheduler = Schedulers.fromExecutorService(executor, "search");
	}

	/** The work's result, computed on a search thread; 503 when too much is waiting already. */
	public <T> Mono<T> run(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(scheduler)
			.onErrorMap(RejectedExecutionException.class,
					e -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many searches at once; try again in a moment."));
	}

	@Override
	public void destroy() {
		scheduler.dispose();
		executor.shutdownNow();
	}

}

package de.wesermarsch.wegweiser.api;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.ask.Ask;
import de.wesermarsch.wegweiser.ask.SearchWorkers;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import reactor.core.publisher.Mono;

/** {@code /api/v1/search} and {@code /api/v1/suggest}: parameters checked, then the front door. */
@Component
class SearchHandler {

	private static final int HITS = 10;

	private final Ask ask;

	private final SearchWorkers workers;

	SearchHandler(Ask ask, SearchWorkers workers) {
		this.ask = ask;
		this.workers = workers;
	}

	/** A cached result at once on the event loop; any other computed on a search thread, off the loop. */
	Mono<ServerResponse> search(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		SearchRequest search = new Params(request, snapshot).search(HITS);
		return ask.cachedSearch(snapshot, search).map(result -> ServerResponse.ok().bodyValue(result))
			.orElseGet(() -> workers.run(() -> ask.search(snapshot, search)).flatMap(result -> ServerResponse.ok().bodyValue(result)));
	}

	Mono<ServerResponse> suggest(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		Params params = new Params(request, snapshot);
		return ServerResponse.ok().bodyValue(ask.suggest(snapshot, params.query(), params.lang()));
	}

}

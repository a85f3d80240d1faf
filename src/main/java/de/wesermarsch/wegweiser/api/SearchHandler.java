package de.wesermarsch.wegweiser.api;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.ask.Ask;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import reactor.core.publisher.Mono;

/** {@code /api/v1/search} and {@code /api/v1/suggest}: parameters checked, then the front door. */
@Component
class SearchHandler {

	private static final int HITS = 10;

	private final Ask ask;

	SearchHandler(Ask ask) {
		this.ask = ask;
	}

	Mono<ServerResponse> search(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		return ServerResponse.ok().bodyValue(ask.search(snapshot, new Params(request, snapshot).search(HITS)));
	}

	Mono<ServerResponse> suggest(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		Params params = new Params(request, snapshot);
		return ServerResponse.ok().bodyValue(ask.suggest(snapshot, params.query(), params.lang()));
	}

}

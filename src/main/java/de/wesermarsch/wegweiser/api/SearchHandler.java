package de.wesermarsch.wegweiser.api;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshots;
import reactor.core.publisher.Mono;

/** {@code /api/v1/search} and {@code /api/v1/suggest}. */
@Component
class SearchHandler {

	private static final int SUGGESTIONS = 8;

	private final Snapshots snapshots;

	SearchHandler(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	Mono<ServerResponse> search(ServerRequest request) {
		Snapshot snapshot = snapshots.current();
		Params params = new Params(request, snapshot);
		SearchRequest search = new SearchRequest(params.query(), params.lang(), params.easy(), params.types(),
				params.topics(), params.places(), params.limit(10), params.offset());
		return ServerResponse.ok().bodyValue(snapshot.search().search(search));
	}

	Mono<ServerResponse> suggest(ServerRequest request) {
		Snapshot snapshot = snapshots.current();
		Params params = new Params(request, snapshot);
		return ServerResponse.ok()
			.bodyValue(Map.of("suggestions", snapshot.search().suggest(params.query(), params.lang(), SUGGESTIONS)));
	}

}

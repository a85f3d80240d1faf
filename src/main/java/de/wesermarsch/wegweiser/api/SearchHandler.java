package de.wesermarsch.wegweiser.api;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.search.CachedSearch;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import de.wesermarsch.wegweiser.status.Unmet;
import reactor.core.publisher.Mono;

/** {@code /api/v1/search} (cached per content version) and {@code /api/v1/suggest}. */
@Component
class SearchHandler {

	private static final int SUGGESTIONS = 8;

	private final CachedSearch cache;

	private final Unmet unmet;

	SearchHandler(CachedSearch cache, Unmet unmet) {
		this.cache = cache;
		this.unmet = unmet;
	}

	Mono<ServerResponse> search(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		Params params = new Params(request, snapshot);
		SearchRequest search = new SearchRequest(params.query(), params.lang(), params.easy(), params.types(),
				params.topics(), params.places(), params.limit(10), params.offset());
		CachedSearch.Answer answer = cache.search(snapshot.version(), snapshot.search(), search);
		unmet.searched(search.query(), search.lang(), answer.result().total());
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer.json());
	}

	Mono<ServerResponse> suggest(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		Params params = new Params(request, snapshot);
		return ServerResponse.ok()
			.bodyValue(Map.of("suggestions", snapshot.search().suggest(params.query(), params.lang(), SUGGESTIONS)));
	}

}

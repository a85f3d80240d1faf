package de.wesermarsch.wegweiser.api;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.answer.AnswerRequest;
import de.wesermarsch.wegweiser.ask.Ask;
import de.wesermarsch.wegweiser.ask.SearchWorkers;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import reactor.core.publisher.Mono;

/** {@code /api/v1/answer}: parameters checked, then the front door. */
@Component
class AnswerHandler {

	private final Ask ask;

	private final SearchWorkers workers;

	AnswerHandler(Ask ask, SearchWorkers workers) {
		this.ask = ask;
		this.workers = workers;
	}

	/** Computed on a search thread: a search and the reading of its entries' sentences, off the event loop. */
	Mono<ServerResponse> answer(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		Params params = new Params(request, snapshot);
		AnswerRequest question = new AnswerRequest(params.query(), params.lang(), params.easy(), params.entry());
		return workers.run(() -> ask.answer(snapshot, question)).flatMap(answer -> ServerResponse.ok().bodyValue(answer));
	}

}

package de.wesermarsch.wegweiser.status;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.ask.Unmet;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/feedback/not-found}: the anonymous "I did not find what I need" signal, as a form
 * ({@code q}, {@code lang}). It is counted with the search text in aggregate and nothing else is kept.
 */
@Component
class FeedbackHandler {

	private final Unmet unmet;

	FeedbackHandler(Unmet unmet) {
		this.unmet = unmet;
	}

	Mono<ServerResponse> notFound(ServerRequest request) {
		return request.formData().defaultIfEmpty(new org.springframework.util.LinkedMultiValueMap<>()).flatMap(form -> {
			String query = first(form, request, "q");
			String lang = first(form, request, "lang");
			if (query == null || query.isBlank() || query.length() > 200) {
				return Mono.error(new de.wesermarsch.wegweiser.api.BadRequest(
						"The parameter 'q' (what was searched for) must have 1 to 200 characters."));
			}
			unmet.notFound(query, lang == null || !lang.matches("[a-z]{2,3}") ? "" : lang);
			return ServerResponse.status(HttpStatus.NO_CONTENT).build();
		});
	}

	private static String first(MultiValueMap<String, String> form, ServerRequest request, String name) {
		String value = form.getFirst(name);
		return value != null ? value : request.queryParam(name).orElse(null);
	}

}

package de.wesermarsch.wegweiser.pages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.ask.Unmet;
import reactor.core.publisher.Mono;

/**
 * The "I did not find what I need" button of the results page: counts the signal with the search text, in
 * aggregate, and returns to the results with a thank-you (post, then redirect, so reloading sends nothing twice).
 */
@Component
class FeedbackPage {

	private final Unmet unmet;

	FeedbackPage(Unmet unmet) {
		this.unmet = unmet;
	}

	Mono<ServerResponse> notFound(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> request.formData().flatMap(form -> {
			String query = SearchPage.clean(form.getFirst("q") == null ? "" : form.getFirst("q"));
			if (!query.isEmpty()) {
				unmet.notFound(query, locale.lang());
			}
			String back = query.isEmpty() ? locale.base() + "/" : SearchPage.searchUrl(locale, query) + "&sent=1";
			return ServerResponse.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(back)).build();
		}));
	}

}

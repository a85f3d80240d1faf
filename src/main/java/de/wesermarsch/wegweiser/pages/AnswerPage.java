package de.wesermarsch.wegweiser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.answer.Answer;
import de.wesermarsch.wegweiser.answer.AnswerRequest;
import de.wesermarsch.wegweiser.ask.Ask;
import de.wesermarsch.wegweiser.ask.SearchWorkers;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.search.SearchRequest;
import reactor.core.publisher.Mono;

/**
 * The answer page ({@code /<lang>/answer?q=}), where the Ask box leads, on the phone, the kiosk and in the
 * embedding: the answer first, then the same sentences marked in their entry's text, the entry one tap away
 * (its link carries a text fragment, so browsers that support it scroll to and mark the sentence without any
 * script). When the content does not answer, the page says so and offers the search's results and whom to ask.
 */
@Component
class AnswerPage {

	private final Ask ask;

	private final ContactBlock contact;

	private final SearchWorkers workers;

	private final WegweiserProperties properties;

	AnswerPage(Ask ask, ContactBlock contact, SearchWorkers workers, WegweiserProperties properties) {
		this.ask = ask;
		this.contact = contact;
		this.workers = workers;
		this.properties = properties;
	}

	Mono<ServerResponse> show(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			String query = SearchPage.clean(request.queryParam("q").orElse(""));
			if (query.isEmpty()) {
				return ServerResponse.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(locale.base() + "/")).build();
			}
			Content content = snapshot.content();
			return workers.run(() -> ask.answer(snapshot, new AnswerRequest(query, locale.lang(), locale.easy(), null))).flatMap(answer -> {
				Map<String, Object> model = Pages.model(snapshot, locale,
						content.messages().format(locale.lang(), locale.easy(), "answer.title", Map.of("query", query)), request);
				model.put("query", query);
				// results first: a one-row header, the search box in one row, the menu after the results
				model.put("compact", true);
				model.put("answers", answers(content, locale, answer, properties));
				if (!answer.answerable()) {
					var hits = ask.search(snapshot, new SearchRequest(query, locale.lang(), locale.easy(), java.util.Set.of(),
							java.util.Set.of(), java.util.Set.of(), SearchPage.PAGE_SIZE, 0)).hits();
					model.put("unanswered", Map.of("hits", hits.stream().map(h -> Map.of("title", h.title(), "lang", h.lang(),
							"url", locale.base() + "/entries/" + h.id())).toList(), "more", SearchPage.searchUrl(locale, query)));
					contact.of(content, locale).ifPresent(c -> model.put("contact", c));
				}
				return Pages.render("answer", model);
			});
		});
	}

	/**
	 * The answers as the pages show them, with links to their entries under the locale's base; at the kiosk each
	 * with a QR code of its entry's public address, opened at the answer, to take it home on a phone (the code
	 * carries the entry and the answer's first words, never the question).
	 */
	static List<Map<String, Object>> answers(Content content, PageLocale locale, Answer answer, WegweiserProperties properties) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Answer.EntryAnswer a : answer.answers()) {
			Entry entry = content.entry(a.id()).orElseThrow();
			String lang = a.sentences().get(0).lang();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("title", a.title());
			item.put("lang", lang);
			item.put("dir", content.language(lang).map(l -> l.dir()).orElse("ltr"));
			item.put("fallback", a.fallback());
			item.put("sentences", a.sentences().stream().map(Answer.Sentence::text).toList());
			item.put("paragraphs", Marks.paragraphs(Shown.of(entry, locale.lang(), locale.easy()).body(), a.sentences()));
			item.put("url", Pages.url(locale, entry) + fragment(a.sentences().get(0).text()));
			if (locale.kiosk()) {
				String share = properties.absolute("/" + locale.segment() + "/entries/" + entry.id()) + fragment(a.sentences().get(0).text());
				item.put("share", share);
				item.put("qr", QrCodes.svgDataUri(share));
			}
			if (a.source() != null) {
				item.put("source", a.source().title() + (a.source().chapter() == null ? "" : ", " + a.source().chapter()));
			}
			items.add(item);
		}
		return items;
	}

	/**
	 * A text fragment ({@code #:~:text=}) for the start of a sentence: browsers that know it scroll to the sentence
	 * and mark it, others open the entry at its top. Dashes, commas and ampersands are syntax there, so everything
	 * but letters and digits is percent-encoded.
	 */
	static String fragment(String sentence) {
		String[] words = sentence.split("\\s+");
		String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
		return "#:~:text=" + URLEncoder.encode(start, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D")
			.replace("*", "%2A").replace(".", "%2E").replace("_", "%5F");
	}

}

package de.wesermarsch.wegweiser.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.answer.Answer;
import de.wesermarsch.wegweiser.answer.AnswerRequest;
import de.wesermarsch.wegweiser.ask.Ask;
import de.wesermarsch.wegweiser.ask.SearchWorkers;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Embedding the service in the county's homepage, three ways: the iframe route {@code /embed/<lang>/} (search and
 * the first results in a compact layout, reporting its height to the host page), the web component script
 * {@code /embed/wegweiser-search.js} (with the UI texts of every language), and {@code /<lang>/embed}, the page
 * that shows all three with copy-paste snippets and live previews.
 */
@Component
class EmbedPage {

	static final int RESULTS = 5;

	private final Ask ask;

	private final JsonMapper json;

	private final List<String> hosts;

	private final String service;

	private final ContactBlock contact;

	private final SearchWorkers workers;

	private final WegweiserProperties properties;

	EmbedPage(Ask ask, ContactBlock contact, SearchWorkers workers, JsonMapper json, WegweiserProperties properties) {
		this.ask = ask;
		this.contact = contact;
		this.workers = workers;
		this.properties = properties;
		this.json = json;
		this.hosts = properties.embed().allowedOrigins();
		this.service = properties.absolute("");
	}

	/** The iframe: a search box and the first results; every link opens the service in a new tab. */
	Mono<ServerResponse> frame(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			PageLocale page = new PageLocale(locale.language(), locale.easy(), "");
			Map<String, Object> model = Pages.model(snapshot, locale, content.messages().all(locale.lang()).get("site.name"), request);
			model.put("hosts", String.join(" ", hosts));
			String query = SearchPage.clean(request.queryParam("q").orElse(""));
			if (query.isEmpty()) {
				return Pages.render("embed", model);
			}
			model.put("query", query);
			return workers.run(() -> helpFound(model, snapshot, locale, page, query)).flatMap(m -> Pages.render("embed", m));
		});
	}

	/**
	 * The iframe's Ask: the answer first, its entry one tap away (in a new tab, on the service); when the content
	 * does not answer, it says so, shows the help the search finds and whom to ask.
	 */
	Mono<ServerResponse> answer(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			String query = SearchPage.clean(request.queryParam("q").orElse(""));
			if (query.isEmpty()) {
				return ServerResponse.status(org.springframework.http.HttpStatus.SEE_OTHER)
					.location(java.net.URI.create(locale.base() + "/")).build();
			}
			var content = snapshot.content();
			PageLocale page = new PageLocale(locale.language(), locale.easy(), "");
			Map<String, Object> model = Pages.model(snapshot, locale,
					content.messages().format(locale.lang(), locale.easy(), "answer.title", Map.of("query", query)), request);
			model.put("hosts", String.join(" ", hosts));
			model.put("query", query);
			return workers.run(() -> {
				Answer answer = ask.answer(snapshot, new AnswerRequest(query, locale.lang(), locale.easy(), null));
				model.put("answers", AnswerPage.answers(content, page, answer, properties));
				if (!answer.answerable()) {
					model.put("unanswered", true);
					helpFound(model, snapshot, locale, page, query);
					contact.of(content, page).ifPresent(c -> model.put("contact", c));
				}
				return model;
			}).flatMap(m -> Pages.render("embed", m));
		});
	}

	/** Adds the first help the search finds (the county's plans only counted) and the way to all results. */
	private Map<String, Object> helpFound(Map<String, Object> model, Snapshot snapshot, PageLocale locale,
			PageLocale page, String query) {
		var content = snapshot.content();
		SearchRequest search = new SearchRequest(query, locale.lang(), locale.easy(), Set.of(), Set.of(), Set.of(),
				RESULTS, 0);
		var sections = ask.sections(snapshot, search);
		var result = sections.result();
		model.put("count", content.messages().format(locale.lang(), locale.easy(), "results.count", Map.of("count", result.total())));
		if (sections.planTotal() > 0) {
			model.put("plans", content.messages().format(locale.lang(), locale.easy(), "results.plans.count", Map.of("count", sections.planTotal())));
		}
		var t = content.messages().all(locale.lang(), locale.easy());
		model.put("hits", sections.help().stream().map(hit -> Map.of("title", hit.title(), "summary", hit.summary(),
				"url", page.base() + "/entries/" + hit.id(), "lang", hit.lang(), "dir", hit.fallback() ? "ltr" : locale.dir(),
				"typeName", t.get("type." + hit.type())))
			.toList());
		model.put("more", SearchPage.searchUrl(page, query));
		return model;
	}

	/** The web component, with the texts it shows in every language. */
	Mono<ServerResponse> component(ServerRequest request) {
		var content = RequestSnapshot.of(request).content();
		Map<String, Object> texts = new LinkedHashMap<>();
		for (var language : content.languages()) {
			var t = content.messages().all(language.code());
			Map<String, String> types = new LinkedHashMap<>();
			for (var type : de.wesermarsch.wegweiser.content.EntryType.values()) {
				types.put(type.id(), t.get("type." + type.id()));
			}
			texts.put(language.code(), Map.ofEntries(Map.entry("label", t.get("search.label")),
					Map.entry("button", t.get("search.button")), Map.entry("ask", t.get("answer.button")),
					Map.entry("none", t.get("nothing.title")), Map.entry("unanswered", t.get("answer.none")),
					Map.entry("askWhom", t.get("answer.ask")),
					Map.entry("more", t.get("embed.more")), Map.entry("dir", language.dir()),
					Map.entry("machine", t.get("footer.machine")), Map.entry("types", types),
					Map.entry("failed", t.get("embed.failed")), Map.entry("fallback", t.get("results.fallback")),
					Map.entry("source", t.get("entry.source"))));
		}
		return ServerResponse.ok()
			.contentType(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
			.render("embed-component", Map.of("texts", json.writeValueAsString(texts)));
	}

	/** The page that explains the three ways, with their snippets and a live preview of each. */
	Mono<ServerResponse> guide(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var t = snapshot.content().messages().all(locale.lang());
			Map<String, Object> model = Pages.model(snapshot, locale, t.get("embed.title"), request);
			model.put("service", service);
			model.put("formSnippet", """
					<form action="%1$s/%2$s/search" method="get">
					  <label for="wegweiser-q">%3$s</label>
					  <input id="wegweiser-q" name="q" type="search" maxlength="200" required>
					  <button type="submit">%4$s</button>
					</form>""".formatted(service, locale.segment(), t.get("search.label"), t.get("search.button")));
			model.put("frameSnippet", """
					<iframe src="%1$s/embed/%2$s/" title="%3$s" width="100%%" height="320" class="wegweiser-frame"></iframe>
					<script src="%1$s/embed/host.js" defer></script>""".formatted(service, locale.segment(), t.get("site.name")));
			model.put("componentSnippet", """
					<script src="%1$s/embed/wegweiser-search.js" defer></script>
					<wegweiser-search lang="%2$s"></wegweiser-search>""".formatted(service, locale.lang()));
			model.put("intro", snapshot.content().messages().format(locale.lang(), locale.easy(), "embed.intro",
					Map.of("hosts", hosts.isEmpty() ? "–" : String.join(", ", hosts))));
			return Pages.render("embed-guide", model);
		});
	}

}

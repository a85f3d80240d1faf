package de.wesermarsch.wegweiser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import de.wesermarsch.wegweiser.FixtureTest;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description the service serves at {@code /api/openapi.json} against the service itself: every API
 * route is described, and real answers (status, content type, body and documented headers) match the schema
 * the description names for their path, status and content type. JSON Schema 2020-12 with OpenAPI 3.1's
 * dialect; {@code $ref}s to the components are resolved inside the description.
 */
@FixtureTest
class OpenApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** All schemas are built by one registry; each checked schema gets a location of its own. */
	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final AtomicInteger CHECKS = new AtomicInteger();

	@Autowired
	ApplicationContext context;

	WebTestClient client;

	JsonNode openApi;

	@BeforeEach
	void load() {
		client = WebTestClient.bindToApplicationContext(context).build();
		byte[] body = client.get().uri("/api/openapi.json").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody().returnResult().getResponseBody();
		openApi = JSON.readTree(body);
	}

	@Test
	void isAnOpenApi31DescriptionOfThisService() {
		assertThat(openApi.path("openapi").asString()).isEqualTo("3.1.0");
		assertThat(openApi.at("/info/title").asString()).isEqualTo("Wegweiser Wesermarsch API");
		assertThat(openApi.at("/info/version").asString()).isEqualTo("1");
		assertThat(openApi.at("/info/description").asString()).contains("problem+json", "Retry-After", "ETag", "cookies");
		assertThat(openApi.at("/servers/0/url").asString()).isEqualTo("/");
		assertThat(openApi.at("/components/schemas").propertyNames()).contains("SearchResult", "Hit", "Facets", "Entry",
				"EntryDetails", "Contact", "Named", "Source", "Translation", "EntryList", "Language", "Suggestions",
				"Problem");
	}

	@Test
	void everyRouteOfTheApiIsDescribedAndEveryDescribedPathIsARoute() {
		for (String path : List.of("/api/v1/search", "/api/v1/suggest", "/api/v1/answer", "/api/v1/entries/{id}", "/api/v1/entries",
				"/api/v1/languages")) {
			assertThat(operation("GET", path).isObject()).as("GET %s is described", path).isTrue();
		}
		assertThat(operation("POST", "/api/v1/feedback/not-found").isObject()).as("the feedback path is described")
			.isTrue();
		Set<String> routes = apiRoutes();
		assertThat(routes).contains("GET /api/v1/search", "POST /api/v1/feedback/not-found");
		for (String route : routes) {
			String[] parts = route.split(" ", 2);
			assertThat(operation(parts[0], parts[1]).isObject()).as("the route %s is described", route).isTrue();
		}
		Set<String> described = new TreeSet<>();
		openApi.path("paths").properties().forEach(path -> path.getValue().propertyNames()
			.forEach(method -> described.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
		assertThat(routes).as("every described operation is a route").containsAll(described);
	}

	@Test
	void searchAnswersMatchTheDescription() {
		JsonNode hits = check(client.get().uri("/api/v1/search?q=Sprachkurse&lang=de"), "/api/v1/search", 200);
		assertThat(hits.path("total").asInt()).isPositive();
		assertThat(hits.at("/hits/0/score").isNumber()).isTrue();

		JsonNode misspelt = check(client.get().uri("/api/v1/search?q=Koordinirungstelle&lang=de"), "/api/v1/search", 200);
		assertThat(misspelt.path("didYouMean").isString()).isTrue();

		JsonNode filtered = check(client.get().uri("/api/v1/search?q=Arbeit Sprache Integration&lang=de"
				+ "&type=network&type=offer&topic=arbeit&topic=beratung&place=nordenham&easy=true&limit=5&offset=0"),
				"/api/v1/search", 200);
		assertThat(filtered.path("total").asInt()).isPositive();

		JsonNode arabic = check(client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "دورة لغة")
			.queryParam("lang", "ar").build()), "/api/v1/search", 200);
		assertThat(arabic.path("queryLanguage").asString()).isEqualTo("ar");
		assertThat(arabic.at("/hits/0/fallback").asBoolean()).isTrue();

		JsonNode nothing = check(client.get().uri("/api/v1/search?q=qqxqqxqq&lang=en"), "/api/v1/search", 200);
		assertThat(nothing.path("hits").size()).isZero();

		JsonNode suggestions = check(client.get().uri("/api/v1/suggest?q=sprachc&lang=de"), "/api/v1/suggest", 200);
		assertThat(suggestions.path("suggestions").size()).isPositive();
	}

	@Test
	void answersMatchTheDescription() {
		JsonNode answer = check(client.get().uri(u -> u.path("/api/v1/answer")
			.queryParam("q", "Zu welchem Projekt gehört das Sprachcafé?").queryParam("lang", "de").build()), "/api/v1/answer", 200);
		assertThat(answer.path("answerable").asBoolean()).isTrue();
		JsonNode german = check(client.get().uri(u -> u.path("/api/v1/answer").queryParam("q", "Sprachcafé Projekt AuFplus")
			.queryParam("lang", "ru").queryParam("entry", "sprachcafe-burhave").build()), "/api/v1/answer", 200);
		assertThat(german.path("answers").path(0).path("fallback").asBoolean()).isTrue();
		JsonNode none = check(client.get().uri("/api/v1/answer?q=qqxqqxqq&lang=en"), "/api/v1/answer", 200);
		assertThat(none.path("answerable").asBoolean()).isFalse();
		check(client.get().uri("/api/v1/answer?q=x&entry=nope"), "/api/v1/answer", 400);
	}

	@Test
	void entryAnswersOfEveryTypeMatchTheDescription() {
		Map<String, String> entries = Map.of("koordinierungsstelle-migration-teilhabe", "offer",
				"arbeitskreis-arbeitsmarktintegration", "network", "massnahme-homepage-termin-terminal-uebersetzen", "measure",
				"impressum", "page", "erste-schritte", "guide", "erste-schritte-wohnung", "guide");
		entries.forEach((id, type) -> {
			for (String query : List.of("?lang=de", "?lang=en", "?lang=tr&easy=true")) {
				JsonNode entry = check(client.get().uri("/api/v1/entries/" + id + query), "/api/v1/entries/{id}", 200);
				assertThat(entry.path("type").asString()).isEqualTo(type);
				assertThat(entry.has("details")).as("details of %s", id).isEqualTo(!type.equals("page"));
			}
		});
		JsonNode fallback = check(client.get().uri("/api/v1/entries/sprachcafe-burhave?lang=ru"), "/api/v1/entries/{id}",
				200);
		assertThat(fallback.path("fallback").asBoolean()).isTrue();
		JsonNode easy = check(client.get().uri("/api/v1/entries/koordinierungsstelle-migration-teilhabe?lang=de&easy=true"),
				"/api/v1/entries/{id}", 200);
		assertThat(easy.path("easy").asBoolean()).isTrue();
	}

	@Test
	void listsAndLanguagesMatchTheDescription() {
		JsonNode all = check(client.get().uri("/api/v1/entries"), "/api/v1/entries", 200);
		assertThat(all.path("items").size()).isEqualTo(all.path("total").asInt()).isPositive();
		assertThat(all.at("/items/0/score").isNull()).isTrue();
		check(client.get().uri("/api/v1/entries?type=offer&type=measure&topic=beratung&place=butjadingen&lang=ar&limit=1&offset=1"),
				"/api/v1/entries", 200);
		JsonNode languages = check(client.get().uri("/api/v1/languages"), "/api/v1/languages", 200);
		assertThat(languages.size()).isEqualTo(9);
	}

	@Test
	void problemsMatchTheDescription() {
		check(client.get().uri("/api/v1/search?q=x&limit=0"), "/api/v1/search", 400);
		check(client.get().uri("/api/v1/search"), "/api/v1/search", 400);
		check(client.get().uri("/api/v1/suggest?q=x&lang=xx"), "/api/v1/suggest", 400);
		check(client.get().uri("/api/v1/entries?type=event"), "/api/v1/entries", 400);
		check(client.get().uri("/api/v1/entries/impressum?easy=maybe"), "/api/v1/entries/{id}", 400);
		JsonNode missing = check(client.get().uri("/api/v1/entries/nope"), "/api/v1/entries/{id}", 404);
		assertThat(missing.path("detail").asString()).isEqualTo("There is no entry 'nope'.");
		check(client.get().uri("/api/v1/status"), "/api/v1/status", 401);
		check(client.post().uri("/api/v1/feedback/not-found").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("lang=de"), "/api/v1/feedback/not-found", 400);
	}

	@Test
	void feedbackAndNotModifiedAreDescribed() {
		check(client.post().uri("/api/v1/feedback/not-found").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("q=openapi-check&lang=de"), "/api/v1/feedback/not-found", 204);
		for (String[] request : new String[][] { { "/api/v1/languages", "/api/v1/languages" },
				{ "/api/v1/search?q=Termin", "/api/v1/search" }, { "/api/v1/entries/impressum", "/api/v1/entries/{id}" },
				{ "/api/v1/entries", "/api/v1/entries" }, { "/api/v1/suggest?q=ter", "/api/v1/suggest" } }) {
			String etag = client.get().uri(request[0]).exchange().expectBody().returnResult().getResponseHeaders().getETag();
			assertThat(etag).as("ETag of %s", request[0]).isNotBlank();
			check(client.get().uri(request[0]).ifNoneMatch(etag), request[1], 304);
		}
	}

	/** The check itself must find a mismatch, or a passing test would prove nothing. */
	@Test
	void answersThatDoNotMatchAreRejected() {
		JsonNode search = schemaOf("GET", "/api/v1/search", 200, "application/json");
		String body = new String(client.get().uri("/api/v1/search?q=Koordinierungsstelle&lang=de").exchange()
			.expectStatus().isOk().expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(validate(search, body)).isEmpty();
		ObjectNode noId = (ObjectNode) JSON.readTree(body);
		((ObjectNode) noId.at("/hits/0")).remove("id");
		assertThat(validate(search, noId.toString())).isNotEmpty();
		ObjectNode extra = (ObjectNode) JSON.readTree(body);
		extra.put("cookie", "yum");
		assertThat(validate(search, extra.toString())).isNotEmpty();
		ObjectNode unknownLanguage = (ObjectNode) JSON.readTree(body);
		unknownLanguage.put("lang", "xx");
		assertThat(validate(search, unknownLanguage.toString())).isNotEmpty();

		JsonNode entrySchema = schemaOf("GET", "/api/v1/entries/{id}", 200, "application/json");
		ObjectNode offer = (ObjectNode) JSON.readTree(client.get().uri("/api/v1/entries/koordinierungsstelle-migration-teilhabe")
			.exchange().expectBody().returnResult().getResponseBodyContent());
		assertThat(validate(entrySchema, offer.toString())).isEmpty();
		ObjectNode networkDetails = offer.deepCopy();
		networkDetails.putObject("details").put("scope", "regional").putArray("members");
		assertThat(validate(entrySchema, networkDetails.toString())).as("an offer with a network's details").isNotEmpty();
		ObjectNode page = offer.deepCopy();
		page.put("type", "page");
		assertThat(validate(entrySchema, page.toString())).as("a page with details").isNotEmpty();
		ObjectNode badDate = offer.deepCopy();
		badDate.put("reviewed", "25.11.2026");
		assertThat(validate(entrySchema, badDate.toString())).as("a date that is not ISO 8601").isNotEmpty();
	}

	/**
	 * Sends the request and checks the answer against the description: the status is documented for the path,
	 * the documented headers are sent, and the body matches the schema of its content type (or there is no body
	 * where none is documented). Returns the body, or null when there is none.
	 */
	private JsonNode check(WebTestClient.RequestHeadersSpec<?> request, String path, int status) {
		EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
		String method = result.getMethod().name();
		String what = method + " " + result.getUrl() + " -> " + result.getStatus().value();
		assertThat(result.getStatus().value()).as(what).isEqualTo(status);
		JsonNode response = resolve(operation(method, path).path("responses").path(Integer.toString(status)));
		assertThat(response.isObject()).as("%s: the status is documented for %s %s", what, method, path).isTrue();
		for (String header : response.path("headers").propertyNames()) {
			assertThat(result.getResponseHeaders().containsHeader(header)).as("%s: the documented header %s", what, header)
				.isTrue();
		}
		byte[] bytes = result.getResponseBodyContent();
		if (bytes == null || bytes.length == 0) {
			assertThat(response.has("content")).as("%s has no body, and none is documented", what).isFalse();
			return null;
		}
		MediaType type = result.getResponseHeaders().getContentType();
		assertThat(type).as("%s: content type", what).isNotNull();
		String mediaType = type.getType() + "/" + type.getSubtype();
		JsonNode schema = schemaOf(method, path, status, mediaType);
		String body = new String(bytes, StandardCharsets.UTF_8);
		assertThat(validate(schema, body)).as("%s: the %s body matches its schema; body: %s", what, mediaType, body)
			.isEmpty();
		return JSON.readTree(body);
	}

	/** The schema the description names for a path, method, status and content type. */
	private JsonNode schemaOf(String method, String path, int status, String mediaType) {
		JsonNode response = resolve(operation(method, path).path("responses").path(Integer.toString(status)));
		JsonNode schema = response.path("content").path(mediaType).path("schema");
		assertThat(schema.isObject()).as("%s %s %d documents a schema for %s", method, path, status, mediaType).isTrue();
		return schema;
	}

	/**
	 * Validates a body against a schema of the description: a schema document of its own that holds the
	 * description's components (so {@code #/components/schemas/...} resolves as in the description) and applies
	 * the given schema.
	 */
	private List<Error> validate(JsonNode schema, String body) {
		ObjectNode document = JSON.createObjectNode();
		document.set("components", openApi.path("components"));
		document.putArray("allOf").add(schema);
		SchemaLocation location = SchemaLocation.of("https://wegweiser.invalid/openapi-check/" + CHECKS.incrementAndGet());
		return SCHEMAS.getSchema(location, document).validate(body, InputFormat.JSON);
	}

	private JsonNode operation(String method, String path) {
		return openApi.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
	}

	/** Follows OpenAPI references (to components/responses) within the description. */
	private JsonNode resolve(JsonNode node) {
		for (int i = 0; i < 10 && node.path("$ref").isString(); i++) {
			String ref = node.path("$ref").asString();
			assertThat(ref).startsWith("#/");
			node = openApi.at(ref.substring(1));
		}
		return node;
	}

	/** "METHOD /path" of every route under /api/ of the running application's router functions. */
	private Set<String> apiRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RouterFunction<?> router : context.getBeansOfType(RouterFunction.class).values()) {
			router.accept(new RouterFunctions.Visitor() {

				@Override
				public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
					List<String> methods = new ArrayList<>();
					List<String> paths = new ArrayList<>();
					predicate.accept(new PredicateParts(methods, paths));
					if (paths.size() == 1 && paths.get(0).startsWith("/api/")) {
						methods.forEach(m -> routes.add(m + " " + paths.get(0)));
					}
				}

				@Override
				public void startNested(RequestPredicate predicate) {
				}

				@Override
				public void endNested(RequestPredicate predicate) {
				}

				@Override
				public void resources(java.util.function.Function<ServerRequest, Mono<org.springframework.core.io.Resource>> lookup) {
				}

				@Override
				public void attributes(Map<String, Object> attributes) {
				}

				@Override
				public void unknown(RouterFunction<?> routerFunction) {
				}

			});
		}
		return routes;
	}

	/** Collects the methods and path patterns of a route's predicate. */
	private record PredicateParts(List<String> methods, List<String> paths) implements RequestPredicates.Visitor {

		@Override
		public void method(Set<HttpMethod> httpMethods) {
			httpMethods.forEach(m -> methods.add(m.name()));
		}

		@Override
		public void path(String pattern) {
			paths.add(pattern);
		}

		@Override
		public void pathExtension(String extension) {
		}

		@Override
		public void header(String name, String value) {
		}

		@Override
		public void queryParam(String name, String value) {
		}

		@Override
		public void version(String version) {
		}

		@Override
		public void startAnd() {
		}

		@Override
		public void and() {
		}

		@Override
		public void endAnd() {
		}

		@Override
		public void startOr() {
		}

		@Override
		public void or() {
		}

		@Override
		public void endOr() {
		}

		@Override
		public void startNegate() {
		}

		@Override
		public void endNegate() {
		}

		@Override
		public void unknown(RequestPredicate predicate) {
		}

	}

}

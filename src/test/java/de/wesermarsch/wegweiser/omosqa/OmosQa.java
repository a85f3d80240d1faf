package de.wesermarsch.wegweiser.omosqa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.content.Provenance;
import de.wesermarsch.wegweiser.content.SourceRef;
import de.wesermarsch.wegweiser.content.Text;

/**
 * Reads the OMoS-QA questions under {@code src/test/resources/integreat/omosqa} (files {@code <split>_<lang>
 * .json.gz}) and turns the pages their contexts give into content entries, so that benchmarks of search and
 * answers run on real questions against the project's own index. The data's own shape is in that folder's README.
 */
public final class OmosQa {

	public static final Path DIRECTORY = Path.of("src/test/resources/integreat/omosqa");

	public static final List<String> SPLITS = List.of("train", "dev");

	/** The languages of the pages: questions in the other languages are machine translations of German ones. */
	public static final List<String> PAGE_LANGUAGES = List.of("de", "en");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OmosQa() {
	}

	/** The questions of a split in a language, each with the page text it comes with in that file. */
	public static List<Question> questions(String split, String lang) {
		List<Question> questions = new ArrayList<>();
		for (JsonNode node : read(split, lang)) {
			List<String> lines = List.of(node.get("context").asString().split("\n", -1));
			TreeSet<Integer> answers = new TreeSet<>();
			node.get("answers").forEach(a -> answers.add(a.asInt()));
			JsonNode source = node.get("sourceLanguage");
			questions.add(new Question(node.get("id").asInt(), node.get("question").asString(), lines, answers,
					node.get("city").asString(), node.get("pageId").asLong(), lang, lang,
					source == null || source.isNull() ? null : source.asString()));
		}
		return questions;
	}

	/**
	 * The questions of a split in one language asked about the pages of another: the Arabic and Ukrainian files
	 * carry machine-translated pages, but a reader of the service meets the German ones. A question and its
	 * translations share their id and answer lines.
	 */
	public static List<Question> questions(String split, String lang, String pageLang) {
		Map<Integer, Question> pages = new HashMap<>();
		questions(split, pageLang).forEach(q -> pages.put(q.id(), q));
		return questions(split, lang).stream().map(q -> {
			Question page = pages.get(q.id());
			if (page == null || page.lines().size() != q.lines().size()) {
				throw new IllegalStateException("question " + q.id() + " of " + split + "_" + lang + " has no page in " + pageLang);
			}
			return new Question(q.id(), q.question(), page.lines(), q.answers(), q.city(), q.pageId(), lang, pageLang,
					q.sourceLanguage());
		}).toList();
	}

	/** The pages the questions' contexts give: one per region, page id and language, the first one met. */
	public static List<Page> pages(Collection<Question> questions) {
		Map<String, Page> pages = new LinkedHashMap<>();
		for (Question q : questions) {
			pages.computeIfAbsent(q.entryId() + "/" + q.pageLanguage(), key -> new Page(q.city(), q.pageId(),
					q.pageLanguage(), q.lines().get(0), q.lines().subList(1, q.lines().size())));
		}
		return List.copyOf(pages.values());
	}

	/** Every page of every split in German and English, the index that end-to-end questions are asked against. */
	public static List<Page> allPages() {
		List<Question> all = new ArrayList<>();
		for (String split : SPLITS) {
			PAGE_LANGUAGES.forEach(lang -> all.addAll(questions(split, lang)));
		}
		return pages(all);
	}

	/** Every page of every split in every language the questions come with (the Arabic and Ukrainian ones translated). */
	public static List<Page> allPagesEveryLanguage() {
		List<Question> all = new ArrayList<>();
		for (String split : SPLITS) {
			List.of("de", "en", "ar", "uk").forEach(lang -> all.addAll(questions(split, lang)));
		}
		return pages(all);
	}

	/**
	 * The given content's languages, thesaurus and vocabularies with the pages as its only entries: one guide-like
	 * page entry per region and page id, its languages as its texts (each page of OMoS-QA has a German text).
	 */
	public static Content content(Content base, Collection<Page> pages) {
		Map<String, Map<String, Text>> texts = new LinkedHashMap<>();
		for (Page page : pages) {
			texts.computeIfAbsent(page.entryId(), id -> new LinkedHashMap<>()).put(page.language(),
					new Text(page.title(), "", page.body(), null, null, Provenance.SOURCE, false,
							page.language().equals("de") ? null : 1, null, null, null, null));
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		texts.forEach((id, byLang) -> entries.put(id, new Entry(id, EntryType.PAGE, 1, null,
				List.of(new SourceRef("omosqa", null)), List.of(), List.of(), List.of(), null, "de", new Entry.Page(), byLang)));
		return new Content(base.version() + "+omosqa", base.site(), base.languages(), base.sources(), base.topics(), base.places(),
				base.audiences(), entries, base.thesaurus(), base.compoundWords(), base.stopWords(), base.messages());
	}

	private static JsonNode read(String split, String lang) {
		Path file = DIRECTORY.resolve(split + "_" + lang + ".json.gz");
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return JSON.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

package de.wesermarsch.wegweiser.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;

/** Turns entries into the documents of the index; the fields are described at {@link SearchIndex}. */
final class EntryDocuments {

	private final Content content;

	private final Set<String> languages;

	private final ConceptMatcher concepts;

	private final Vocabulary vocabulary;

	EntryDocuments(Content content, Set<String> languages, ConceptMatcher concepts, Vocabulary vocabulary) {
		this.content = content;
		this.languages = languages;
		this.concepts = concepts;
		this.vocabulary = vocabulary;
	}

	/** The document of one entry; adds the entry's words to the vocabulary. */
	Document of(Entry entry) {
		Document doc = new Document();
		doc.add(new StringField(SearchIndex.ID, entry.id(), Field.Store.YES));
		doc.add(new StringField(SearchIndex.TYPE, entry.type().id(), Field.Store.NO));
		entry.topics().forEach(t -> doc.add(new StringField(SearchIndex.TOPIC, t, Field.Store.NO)));
		List<String> places = entry.countyWide() ? List.copyOf(content.places().keySet()) : entry.places();
		places.forEach(p -> doc.add(new StringField(SearchIndex.PLACE, p, Field.Store.NO)));
		Set<String> found = new LinkedHashSet<>();
		Set<String> inTitles = new LinkedHashSet<>();
		entry.texts().forEach((key, text) -> {
			String lang = key.replace(Entry.EASY_SUFFIX, "");
			String body = String.join("\n", text.summary(), text.body(), nullToEmpty(text.subGoal()),
					nullToEmpty(text.rhythm()));
			doc.add(new TextField("title_" + lang, text.title(), Field.Store.NO));
			doc.add(new TextField("text_" + lang, body, Field.Store.NO));
			doc.add(new TextField(SearchIndex.FOLD_TITLE, text.title(), Field.Store.NO));
			doc.add(new TextField(SearchIndex.FOLD, body, Field.Store.NO));
			doc.add(new StringField(SearchIndex.LANG, lang, Field.Store.NO));
			found.addAll(concepts.inText(lang, body));
			inTitles.addAll(concepts.inText(lang, text.title()));
			vocabulary.add(text.title() + "\n" + body);
		});
		for (String lang : languages) {
			String topics = String.join("\n", entry.topics().stream().map(t -> content.topics().get(t).name(lang, false)).toList());
			doc.add(new TextField("text_" + lang, topics, Field.Store.NO));
			found.addAll(concepts.inText(lang, topics));
		}
		if (entry.details() instanceof Entry.Offer offer && offer.organisation() != null) {
			doc.add(new TextField(SearchIndex.FOLD, offer.organisation(), Field.Store.NO));
		}
		found.addAll(inTitles);
		found.forEach(c -> doc.add(new StringField(SearchIndex.CONCEPT, c, Field.Store.NO)));
		inTitles.forEach(c -> doc.add(new StringField(SearchIndex.CONCEPT_TITLE, c, Field.Store.NO)));
		return doc;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}

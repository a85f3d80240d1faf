package de.wesermarsch.wegweiser.answer;

import java.util.ArrayList;
import java.util.List;

import de.wesermarsch.wegweiser.omosqa.OmosQa;
import de.wesermarsch.wegweiser.omosqa.Question;

/** Development aid: the settings' grid on the train questions, best first. */
final class Sweep {

	public static void main(String[] args) {
		PageGiven bench = new PageGiven();
		List<Question> de = OmosQa.questions("train", "de");
		List<Question> en = OmosQa.questions("train", "en");
		record Row(Extractor.Settings s, double de, double en, double na) {}
		List<Row> rows = new ArrayList<>();
		for (double tw : new double[] { 0.5, 0.8, 1 })
		for (double kb : new double[] { 0.05, 0.1 })
		for (double th : new double[] { 0.2, 0.25, 0.3 })
		for (double ar : new double[] { 0.4, 0.5, 0.6 })
		for (int fw : new int[] { 12, 20 })
		for (boolean h : new boolean[] { false }) {
			Extractor.Settings s = new Extractor.Settings(tw, kb, th, ar, fw, fw, h, th / 10, null);
			LineScores a = bench.score(de, s), b = bench.score(en, s);
			rows.add(new Row(s, a.f1(), b.f1(), (a.noAnswerF1() + b.noAnswerF1()) / 2));
		}
		rows.sort((x, y) -> Double.compare(y.de + y.en, x.de + x.en));
		rows.stream().limit(15).forEach(r -> System.out.printf("%.1f %.1f na %.1f %s%n", r.de, r.en, r.na, r.s));
	}

}

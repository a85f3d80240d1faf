package de.wesermarsch.wegweiser.answer;
import java.util.*;
import de.wesermarsch.wegweiser.omosqa.*;
final class Diag {
  public static void main(String[] a) {
    PageGiven bench = new PageGiven();
    Extractor ex = new Extractor(bench.words, bench.cues, Extractor.Settings.RULES);
    int shown = 0;
    for (Question q : OmosQa.questions("train", a[0], a[0])) {
      if (q.answers().isEmpty()) continue;
      LineFit.Sample s = LineFit.sample(ex, q);
      var r = s.read();
      if (r.best() < 1 || s.answers().contains(r.sentences().get(r.best()).line())) continue;
      if (shown++ % 7 != 0) continue;
      System.out.println("Q: " + q.question() + "  kind " + r.kind() + " best " + String.format("%.2f", r.score(r.best())));
      System.out.println("  terms " + bench.words.question(a[0], q.question(), t -> true));
      System.out.println("  BEST: " + r.sentences().get(r.best()).text());
      for (int l : new TreeSet<>(q.answers())) System.out.println("  ANS " + l + ": " + q.lines().get(l));
    }
  }
}

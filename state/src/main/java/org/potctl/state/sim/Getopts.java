package org.potctl.state.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell's {@code getopts}: single-letter options, clustered or not, option arguments attached
 * or separate, parsing stops at the first operand or {@code --}.
 *
 * @param options the options in order, each a letter and its argument (or {@code null})
 * @param operands what follows the options
 * @param error the getopts complaint ({@code Illegal option -x}) or {@code null}
 */
record Getopts(List<Opt> options, List<String> operands, String error) {

  /** One parsed option. */
  record Opt(char letter, String arg) {}

  static Getopts parse(List<String> args, String spec) {
    List<Opt> opts = new ArrayList<>();
    int i = 0;
    while (i < args.size()) {
      String a = args.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      if (!a.startsWith("-") || a.length() == 1) {
        break;
      }
      for (int j = 1; j < a.length(); j++) {
        char c = a.charAt(j);
        int at = spec.indexOf(c);
        if (at < 0 || c == ':') {
          return new Getopts(opts, List.of(), "Illegal option -" + c);
        }
        boolean takesArg = at + 1 < spec.length() && spec.charAt(at + 1) == ':';
        if (!takesArg) {
          opts.add(new Opt(c, null));
          continue;
        }
        String rest = a.substring(j + 1);
        if (rest.isEmpty()) {
          if (i + 1 >= args.size()) {
            return new Getopts(opts, List.of(), "No arg for -" + c + " option");
          }
          rest = args.get(++i);
        }
        opts.add(new Opt(c, rest));
        break;
      }
      i++;
    }
    return new Getopts(opts, List.copyOf(args.subList(i, args.size())), null);
  }

  boolean has(char letter) {
    return options.stream().anyMatch(o -> o.letter() == letter);
  }

  /** The last argument given to {@code letter} (shell variables keep the last), or null. */
  String last(char letter) {
    String value = null;
    for (Opt o : options) {
      if (o.letter() == letter) {
        value = o.arg();
      }
    }
    return value;
  }

  /** Every argument given to {@code letter}, in order. */
  List<String> all(char letter) {
    return options.stream().filter(o -> o.letter() == letter).map(Opt::arg).toList();
  }
}

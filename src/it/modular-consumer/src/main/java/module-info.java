module consumer {
  requires io.github.wsisdata.parser;

  exports consumer;
}

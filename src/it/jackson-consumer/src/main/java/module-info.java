module jsonconsumer {
  requires io.github.wsisdata.parser;
  requires com.fasterxml.jackson.databind;

  exports consumer;
}

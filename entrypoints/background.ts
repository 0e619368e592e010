export default defineBackground(() => {
  // Wiring only: message handlers are registered by the modules the extension issue adds.
});

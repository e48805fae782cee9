export default defineBackground(() => {
  // wired below
});

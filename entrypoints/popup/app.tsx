export function App() {
  return <main><h1>govcheck 政府网站检查</h1></main>;
}

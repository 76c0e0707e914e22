export default function Home() {
  return <main>Puente</main>;
}

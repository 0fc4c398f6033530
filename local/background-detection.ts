// Detection running on behind the local HTTP endpoint, as the table stream runs it on AWS: a
// request is answered once its articles are stored, and the pipeline is pumped meanwhile.
// One pump at a time; a request arriving during a pump asks for another round after it.
import type { LocalPipeline } from './pipeline';

export class BackgroundDetection {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly pipeline: Pick<LocalPipeline, 'pumpUntilQuiet'>,
    private readonly onError: (error: Error) => void = (e) => console.error(`detection: ${e.message}`),
  ) {}

  /** New articles are stored: run detection now, or once more after the round under way. */
  kick(): void {
    this.again = true;
    this.running ??= this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when detection has caught up with everything kicked so far. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    while (this.again) {
      this.again = false;
      try {
        await this.pipeline.pumpUntilQuiet();
      } catch (error) {
        // Articles still arriving keep the stream moving: not a fault, go round again.
        if ((error as Error).message === 'the local pipeline did not settle') this.again = true;
        else this.onError(error as Error);
      }
    }
  }
}

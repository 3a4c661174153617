// What discord.js does to every embed, component, modal and autocomplete choice handed to it as a
// plain object: its default jsonTransformer copies it deep, converting each key to snake_case with
// lodash. Everything this bot sends is built in the API's own shape (APIEmbed, APIActionRowComponent
// and so on: already snake_case), so for us that copy changes nothing and costs: it was about 15% of
// all the memory an answer allocated, and every answer in flight held a second copy of its payload.
// This transformer hands such objects over as they are, and anything else to discord.js's own
// conversion, so what goes to Discord is the same either way.
import { Options } from 'discord.js';

const toSnakeCase = Options.createDefault().jsonTransformer ?? ((obj: unknown) => obj);

/** Keys lodash's snakeCase leaves as they are: lower-case words joined by single underscores. */
const SNAKE_KEY = /^[a-z]+(?:_[a-z]+)*$/;

/** Whether discord.js's conversion would return a copy equal to obj: plain data with snake_case keys only. */
export function isApiShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(isApiShaped);
  // Class instances (a Date, a builder with toJSON) are discord.js's to convert.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const [key, v] of Object.entries(value)) {
    if (!SNAKE_KEY.test(key)) return false;
    // discord.js turns an emoji given as a string ("👍") into an object.
    if (key === 'emoji' && typeof v === 'string') return false;
    if (!isApiShaped(v)) return false;
  }
  return true;
}

/** The Client's jsonTransformer: objects already in the API's shape as they are, others converted. */
export function sendAsIs(obj: unknown): unknown {
  return isApiShaped(obj) ? obj : toSnakeCase(obj);
}

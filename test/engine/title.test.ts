// A long post's title: its first line, or what stands before its template's first heading.
import { describe, expect, it } from 'vitest';
import { titleOf } from '../../src/engine/title.ts';

describe('titleOf', () => {
  it('reads the first line of a post', () => {
    expect(titleOf('PhotoLab crashes on launch since the patch\nSince Tuesday it closes at once.')).toBe(
      'PhotoLab crashes on launch since the patch',
    );
  });

  it('reads the line after a greeting on a line of its own', () => {
    expect(titleOf('Hello everyone,\nPhotoLab crashes on launch since the patch\nSince Tuesday it closes.')).toBe(
      'PhotoLab crashes on launch since the patch',
    );
  });

  it("reads what stands before an issue template's heading, bold label or checkbox", () => {
    expect(titleOf('SyncBox fails to start ### Describe the bug It stops.')).toBe('SyncBox fails to start');
    expect(titleOf('SyncBox fails to start **Describe the bug** It stops.')).toBe('SyncBox fails to start');
    expect(titleOf('SyncBox fails to start - [x] I searched the issues')).toBe('SyncBox fails to start');
  });

  it('is nothing for a greeting, a label, a paragraph, or a post with no break', () => {
    expect(
      titleOf('Output of the update log since the weekend:\n2024-05-01 WindowsUpdateClient failed'),
    ).toBeUndefined();
    expect(titleOf('Tried the reset from the guide, then this;\nstill failing')).toBeUndefined();
    expect(titleOf('Hi all,\nmy updates fail')).toBeUndefined();
    expect(titleOf(`${'a very long opening sentence '.repeat(7)}\nrest`)).toBeUndefined();
    expect(titleOf('updates fail every night with the same code and I do not know why')).toBeUndefined();
  });
});
